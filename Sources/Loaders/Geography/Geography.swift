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

/// A read-only hash table from packed area codes to their index in a list (and, for
/// LSOAs, their district's index), for the lookup every police.uk row and every record
/// makes.
///
/// Open addressing with linear probing over one flat array of words, at most half full:
/// a lookup is a multiply, a shift and usually one load and comparison, where a
/// `Dictionary` would run the seeded SipHash over the key. Each slot holds the code,
/// the index and the district in one word, so a lookup touches one cache line (the
/// table of every LSOA in England and Wales is 512 KB). The last of two equal codes
/// wins, as it did with the `Dictionary` this replaces (the loaders reject duplicates
/// anyway).
struct AreaCodeTable: Sendable {
    /// Each slot: the code (a letter less 'A' in 5 bits, 27 bits of digits) in the top
    /// 32 bits, the index plus one in the next 20, the district plus one in the low 12;
    /// 0 marks an empty slot (an index plus one is never 0).
    private let slots: [UInt64]
    private let shift: UInt64
    private let mask: Int

    static let indexBits: UInt64 = 20
    static let districtBits: UInt64 = 12

    /// `districts[i]` is code i's district index, or -1 for none (all -1 when omitted).
    init(_ codes: [AreaCode], districts: [Int32]? = nil) {
        precondition(codes.count < 1 << Self.indexBits - 1, "too many area codes for the table")
        var bits = 4
        while (1 << bits) < codes.count * 2 { bits += 1 }
        let size = 1 << bits
        var slots = [UInt64](repeating: 0, count: size)
        shift = UInt64(64 - bits)
        mask = size - 1
        for (index, code) in codes.enumerated() {
            let key = AreaCodeTable.key(code)
            let district = districts.map { Int($0[index]) } ?? -1
            precondition(district >= -1 && district < (1 << Self.districtBits) - 1, "district index out of range")
            let word = key << 32 | UInt64(index + 1) << Self.districtBits | UInt64(district + 1)
            var slot = AreaCodeTable.slot(key, shift)
            while slots[slot] != 0, slots[slot] >> 32 != key {
                slot = (slot + 1) & mask
            }
            slots[slot] = word
        }
        self.slots = slots
    }

    /// The code in 32 bits: its letter (A to Z) less 'A', then its eight digits (below
    /// 10^8 < 2^27).
    @inline(__always)
    static func key(_ code: AreaCode) -> UInt64 {
        (code.packed >> 32 &- 0x41) << 27 | code.packed & 0x7FF_FFFF
    }

    @inline(__always)
    static func slot(_ key: UInt64, _ shift: UInt64) -> Int {
        // Fibonacci hashing: the top bits of the product mix every bit of the code.
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) &>> shift)
    }

    /// The slot's word for `code`, or nil when the table does not hold it.
    @inline(__always)
    private func word(of code: AreaCode) -> UInt64? {
        let key = AreaCodeTable.key(code)
        return slots.withUnsafeBufferPointer { slots in
            var slot = AreaCodeTable.slot(key, shift)
            while true {
                let word = slots[slot]
                if word == 0 { return nil }
                if word >> 32 == key { return word }
                slot = (slot &+ 1) & mask
            }
        }
    }

    @inline(__always)
    func index(of code: AreaCode) -> Int? {
        word(of: code).map { Int(truncatingIfNeeded: ($0 >> Self.districtBits) & (1 << Self.indexBits - 1)) - 1 }
    }

    /// The code's index and its district's index (-1 for none), from one lookup.
    @inline(__always)
    func indexAndDistrict(of code: AreaCode) -> (index: Int, district: Int)? {
        word(of: code).map {
            (Int(truncatingIfNeeded: ($0 >> Self.districtBits) & (1 << Self.indexBits - 1)) - 1,
             Int(truncatingIfNeeded: $0 & (1 << Self.districtBits - 1)) - 1)
        }
    }
}
