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
    private let lsoaTable: AreaCodeTable
    private let districtIndex: [String: Int]
    /// How many LSOAs the deprivation ranks are out of (the largest rank seen).
    public let deprivationRankCount: Int

    public init(lsoas: [LSOA], districts: [District]) {
        self.lsoas = lsoas
        self.districts = districts
        var districtIndex: [String: Int] = [:]
        for (index, district) in districts.enumerated() { districtIndex[district.code] = index }
        self.districtIndex = districtIndex
        // LSOAs come grouped by district: look a code up only when it changes.
        var previous: (code: String, index: Int32)?
        let districtOfLSOA = lsoas.map { lsoa -> Int32 in
            if let previous, previous.code == lsoa.districtCode { return previous.index }
            let index = districtIndex[lsoa.districtCode].map(Int32.init) ?? -1
            previous = (lsoa.districtCode, index)
            return index
        }
        self.districtOfLSOA = districtOfLSOA
        lsoaTable = AreaCodeTable(lsoas.map(\.code), districts: districtOfLSOA)
        deprivationRankCount = lsoas.compactMap(\.deprivationRank).max() ?? 0
    }

    /// The index of an LSOA in `lsoas`.
    @inline(__always)
    public func lsoaIndex(of code: AreaCode) -> Int? {
        lsoaTable.index(of: code)
    }

    /// The index of an LSOA in `lsoas` and of its district in `districts` (-1 when the
    /// area lookup lacks it), from one lookup.
    @inline(__always)
    public func lsoaIndexAndDistrict(of code: AreaCode) -> (index: Int, district: Int)? {
        lsoaTable.indexAndDistrict(of: code)
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

/// A read-only table from packed area codes to their index in a list (and, for LSOAs,
/// their district's index), for the lookup every police.uk row and every record makes.
///
/// A `FlatTable`: a lookup is a multiply, a shift and usually one cache line, where a
/// `Dictionary` would run the seeded SipHash over the key; the index and the district
/// share one value, so one lookup gives both. The last of two equal codes wins, as it
/// did with the `Dictionary` this replaced (the loaders reject duplicates anyway).
struct AreaCodeTable: Sendable {
    /// By code (`key`): the index plus one, shifted left `districtBits`, then the
    /// district plus one.
    private let table: FlatTable

    static let districtBits = 16

    /// `districts[i]` is code i's district index, or -1 for none (all -1 when omitted).
    init(_ codes: [AreaCode], districts: [Int32]? = nil) {
        var table = FlatTable(capacity: codes.count)
        for (index, code) in codes.enumerated() {
            let district = districts.map { Int($0[index]) } ?? -1
            precondition(district >= -1 && district < (1 << Self.districtBits) - 1, "district index out of range")
            table.set(AreaCodeTable.key(code), (index + 1) << Self.districtBits | (district + 1))
        }
        self.table = table
    }

    /// The code in 32 bits: its letter (A to Z) less 'A', then its eight digits (below
    /// 10^8 < 2^27).
    @inline(__always)
    static func key(_ code: AreaCode) -> UInt64 {
        (code.packed >> 32 &- 0x41) << 27 | code.packed & 0x7FF_FFFF
    }

    /// The value held for `code`, or nil when the table does not hold it.
    @inline(__always)
    private func word(of code: AreaCode) -> Int? {
        table.value(for: AreaCodeTable.key(code))
    }

    @inline(__always)
    func index(of code: AreaCode) -> Int? {
        word(of: code).map { ($0 >> Self.districtBits) - 1 }
    }

    /// The code's index and its district's index (-1 for none), from one lookup.
    @inline(__always)
    func indexAndDistrict(of code: AreaCode) -> (index: Int, district: Int)? {
        word(of: code).map { (($0 >> Self.districtBits) - 1, ($0 & (1 << Self.districtBits - 1)) - 1) }
    }
}
