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
        lsoaTable = AreaCodeTable(lsoas.map(\.code))
        districtOfLSOA = lsoas.map { districtIndex[$0.districtCode].map(Int32.init) ?? -1 }
        deprivationRankCount = lsoas.compactMap(\.deprivationRank).max() ?? 0
    }

    /// The index of an LSOA in `lsoas`.
    @inline(__always)
    public func lsoaIndex(of code: AreaCode) -> Int? {
        lsoaTable.index(of: code)
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

/// A read-only hash table from packed area codes to their index in a list, for the
/// lookup every police.uk row makes.
///
/// Open addressing with linear probing over one flat array, at most half full: a lookup
/// is a multiply, a shift and usually one comparison, where a `Dictionary` would run
/// the seeded SipHash over the key. The last of two equal codes wins, as it did with the
/// `Dictionary` this replaces (the loaders reject duplicates anyway).
struct AreaCodeTable: Sendable {
    /// Each slot: the packed code and its index plus one (0 marks an empty slot).
    private let keys: [UInt64]
    private let values: [Int32]
    private let shift: UInt64
    private let mask: Int

    init(_ codes: [AreaCode]) {
        var bits = 4
        while (1 << bits) < codes.count * 2 { bits += 1 }
        let size = 1 << bits
        var keys = [UInt64](repeating: 0, count: size)
        var values = [Int32](repeating: 0, count: size)
        shift = UInt64(64 - bits)
        mask = size - 1
        for (index, code) in codes.enumerated() {
            var slot = AreaCodeTable.slot(code.packed, shift)
            while values[slot] != 0, keys[slot] != code.packed {
                slot = (slot + 1) & mask
            }
            keys[slot] = code.packed
            values[slot] = Int32(index + 1)
        }
        self.keys = keys
        self.values = values
    }

    @inline(__always)
    static func slot(_ packed: UInt64, _ shift: UInt64) -> Int {
        // Fibonacci hashing: the top bits of the product mix every bit of the code.
        Int(truncatingIfNeeded: (packed &* 0x9E37_79B9_7F4A_7C15) &>> shift)
    }

    @inline(__always)
    func index(of code: AreaCode) -> Int? {
        keys.withUnsafeBufferPointer { keys in
            values.withUnsafeBufferPointer { values in
                var slot = AreaCodeTable.slot(code.packed, shift)
                while true {
                    let value = values[slot]
                    if value == 0 { return nil }
                    if keys[slot] == code.packed { return Int(value) - 1 }
                    slot = (slot &+ 1) & mask
                }
            }
        }
    }
}
