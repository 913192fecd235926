/// A lower layer super output area, with its district and deprivation rank.
public struct LSOA: Sendable, Equatable {
    public let code: AreaCode
    public let name: String
    public let districtCode: String
    public let districtName: String
    /// Rank in the English Index of Multiple Deprivation (1 = most deprived).
    public let deprivationRank: Int?

    public init(code: AreaCode, name: String, districtCode: String, districtName: String, deprivationRank: Int?) {
        self.code = code
        self.name = name
        self.districtCode = districtCode
        self.districtName = districtName
        self.deprivationRank = deprivationRank
    }
}

/// A local authority district, with its community safety partnership and police force area.
public struct District: Sendable, Equatable {
    public let code: String
    public let name: String
    public let partnershipCode: String
    public let partnershipName: String
    public let forceCode: String
    public let forceName: String

    public init(code: String, name: String, partnershipCode: String, partnershipName: String, forceCode: String, forceName: String) {
        self.code = code
        self.name = name
        self.partnershipCode = partnershipCode
        self.partnershipName = partnershipName
        self.forceCode = forceCode
        self.forceName = forceName
    }
}

/// The geography lookups joined: LSOA to district to partnership to force.
public struct Geography: Sendable {
    public let lsoas: [LSOA]
    public let districts: [District]
    /// The district (index into `districts`) of each LSOA, when the area lookup holds it.
    public let districtOfLSOA: [Int32]
    private let lsoaIndex: [AreaCode: Int32]
    private let districtIndex: [String: Int]
    /// How many LSOAs the deprivation ranks are out of (the largest rank seen).
    public let deprivationRankCount: Int

    public init(lsoas: [LSOA], districts: [District]) {
        self.lsoas = lsoas
        self.districts = districts
        var districtIndex: [String: Int] = [:]
        for (index, district) in districts.enumerated() { districtIndex[district.code] = index }
        self.districtIndex = districtIndex
        var lsoaIndex: [AreaCode: Int32] = [:]
        lsoaIndex.reserveCapacity(lsoas.count)
        for (index, lsoa) in lsoas.enumerated() { lsoaIndex[lsoa.code] = Int32(index) }
        self.lsoaIndex = lsoaIndex
        districtOfLSOA = lsoas.map { districtIndex[$0.districtCode].map(Int32.init) ?? -1 }
        deprivationRankCount = lsoas.compactMap(\.deprivationRank).max() ?? 0
    }

    /// The index of an LSOA in `lsoas`.
    @inline(__always)
    public func lsoaIndex(of code: AreaCode) -> Int? {
        lsoaIndex[code].map(Int.init)
    }

    public func districtIndex(of code: String) -> Int? { districtIndex[code] }

    /// The districts of a police force area, in lookup order sorted by code.
    public func districts(inForce forceCode: String) -> [Int] {
        districts.indices.filter { districts[$0].forceCode == forceCode }.sorted { districts[$0].code < districts[$1].code }
    }

    /// The name of the force with this code, if the lookup holds it.
    public func forceName(of forceCode: String) -> String? {
        districts.first { $0.forceCode == forceCode }?.forceName
    }
}
