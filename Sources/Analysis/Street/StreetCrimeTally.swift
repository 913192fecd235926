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

    /// Counts one file's records in a flat array indexed by month, district and crime
    /// type, and turns them into a tally at the end.
    ///
    /// Every police.uk row goes through here, and a police.uk file holds one month, so
    /// a row costs a comparison of its month with the last one and an increment, where
    /// `add(_:geography:)` hashes a three-part key into a `Dictionary`. The array is a
    /// month's worth of cells, `(districts + 1) * 14` counts, for each month a file holds.
    public struct Counter: Sendable {
        private let districtCount: Int
        private let typeCount = StreetCrimeType.allCases.count
        private var months: [YearMonth] = []
        private var cells: [Int] = []
        private var currentMonth: YearMonth?
        private var currentBase = 0

        public init(districtCount: Int) {
            self.districtCount = districtCount
        }

        private var monthStride: Int { (districtCount + 1) * typeCount }

        @inline(__always)
        public mutating func add(_ crime: StreetCrime, geography: Geography) {
            let district: Int32
            switch crime.placement {
            case .lsoa(let index): district = geography.districtOfLSOA[index]
            case .noLocation, .notInLookup: district = StreetCrimeTally.unplaced
            }
            if crime.month != currentMonth { select(crime.month) }
            // District -1 (unplaced) takes the first row of the month's cells.
            cells[currentBase + Int(district + 1) * typeCount + Int(crime.crimeType.rawValue)] += 1
        }

        private mutating func select(_ month: YearMonth) {
            if let block = months.firstIndex(of: month) {
                currentBase = block * monthStride
            } else {
                currentBase = cells.count
                months.append(month)
                cells.append(contentsOf: repeatElement(0, count: monthStride))
            }
            currentMonth = month
        }

        /// The counts as a tally: the same cells `add(_:geography:)` would have made.
        public var tally: StreetCrimeTally {
            var tally = StreetCrimeTally()
            let types = StreetCrimeType.allCases
            for (block, month) in months.enumerated() {
                let base = block * monthStride
                for district in -1..<districtCount {
                    let row = base + (district + 1) * typeCount
                    for type in types {
                        let count = cells[row + Int(type.rawValue)]
                        if count > 0 { tally.add(Key(month: month, district: Int32(district), crimeType: type), count: count) }
                    }
                }
            }
            return tally
        }
    }

    /// Every month that holds at least one record, in order.
    public var months: [YearMonth] {
        Set(counts.keys.map(\.month)).sorted()
    }
}
