import Loaders

/// Counts of police.uk street records by month, district and crime type, built in one
/// streaming pass over a file and merged across files.
///
/// Records that cannot be placed in a district count under `District.none`, so force
/// totals hold every record, as police.uk's own totals do.
public struct StreetCrimeTally: Sendable, Equatable {
    public struct Key: Hashable, Sendable, Comparable {
        public var month: YearMonth
        /// Index into `Geography.districts`, or `StreetCrimeTally.unplaced`.
        public var district: Int32
        public var crimeType: StreetCrimeType

        public static func < (lhs: Key, rhs: Key) -> Bool {
            (lhs.month, lhs.district, lhs.crimeType.rawValue) < (rhs.month, rhs.district, rhs.crimeType.rawValue)
        }
    }

    /// The district index used for records with no district.
    public static let unplaced: Int32 = -1

    public private(set) var counts: [Key: Int] = [:]

    public init() {}

    @inline(__always)
    public mutating func add(_ crime: StreetCrime, geography: Geography) {
        let district: Int32
        switch crime.placement {
        case .lsoa(let index): district = geography.districtOfLSOA[index]
        case .noLocation, .notInLookup: district = StreetCrimeTally.unplaced
        }
        counts[Key(month: crime.month, district: district, crimeType: crime.crimeType), default: 0] += 1
    }

    public mutating func add(_ key: Key, count: Int) {
        counts[key, default: 0] += count
    }

    public mutating func merge(_ other: StreetCrimeTally) {
        counts.merge(other.counts, uniquingKeysWith: +)
    }

    /// Every month that holds at least one record, in order.
    public var months: [YearMonth] {
        Set(counts.keys.map(\.month)).sorted()
    }
}
