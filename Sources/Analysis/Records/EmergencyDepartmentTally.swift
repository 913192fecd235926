import Loaders

/// What one streaming pass over an emergency department's assault attendances keeps.
///
/// Counts are keyed by the month of the assault when it is known, else of arrival.
public struct EmergencyDepartmentTally: Sendable, Equatable {
    public struct AttendanceKey: Hashable, Sendable, PackedKey {
        public var month: YearMonth
        /// Index into `Geography.districts`, or -1 when the record has no LSOA.
        public var district: Int32
        public var method: AssaultMethod
        public var location: AssaultLocationType
        public var alcoholInvolved: Bool?
        public var sex: RecordedSex

        public func hash(into hasher: inout Hasher) { hasher.combine(packed) }

        var packed: UInt64 {
            monthCode(month) << 40 | indexCode(district, width: 16) << 24 | caseCode(method) << 16 | caseCode(location) << 8
                | flagCode(alcoholInvolved) << 4 | caseCode(sex)
        }
    }

    public struct TimeKey: Hashable, Sendable, PackedKey {
        public var month: YearMonth
        public var weekday: Int8
        /// -1 when the assault time is unknown.
        public var hour: Int8

        public func hash(into hasher: inout Hasher) { hasher.combine(packed) }

        var packed: UInt64 {
            monthCode(month) << 16 | indexCode(weekday, width: 8) << 8 | indexCode(hour, width: 8)
        }
    }

    /// An attendance's month and the patient's age group (children and young people).
    public struct AgeGroupKey: Hashable, Sendable, PackedKey {
        public var month: YearMonth
        public var group: YoungPeopleAgeGroup

        public func hash(into hasher: inout Hasher) { hasher.combine(packed) }

        var packed: UInt64 {
            monthCode(month) << 8 | caseCode(group)
        }
    }

    public var attendances = Counts<AttendanceKey>()
    /// Attendances by month and the patient's age group.
    public var byAgeGroup = Counts<AgeGroupKey>()
    public var byTime = Counts<TimeKey>()
    public var linkageKeys: [YearMonth: [UInt64]] = [:]

    public init() {}

    static func keys(_ attendance: EmergencyDepartmentAttendance)
        -> (month: YearMonth, attendance: AttendanceKey, time: TimeKey, ageGroup: AgeGroupKey) {
        let when = attendance.assaultAt ?? attendance.arrivalAt
        let month = when.month
        let hour = attendance.assaultAt?.hour
        return (month,
                AttendanceKey(month: month, district: Int32(attendance.placement.districtIndex ?? -1), method: attendance.method,
                              location: attendance.locationType, alcoholInvolved: attendance.alcoholInvolved, sex: attendance.sex),
                TimeKey(month: month, weekday: Int8(when.weekday), hour: Int8(hour ?? -1)),
                AgeGroupKey(month: month, group: YoungPeopleAgeGroup(age: attendance.age)))
    }

    /// Builds a tally from attendances (see `PoliceRecordTally.Builder`).
    public struct Builder: Sendable {
        private var attendances = FlatTable()
        private var byTime = FlatTable()
        private var byAgeGroup = FlatTable()
        private var linkageKeys = MonthlyKeys()

        public init() {}

        public mutating func add(_ attendance: EmergencyDepartmentAttendance) {
            let keys = EmergencyDepartmentTally.keys(attendance)
            attendances.add(keys.attendance.packed)
            byTime.add(keys.time.packed)
            byAgeGroup.add(keys.ageGroup.packed)
            if let key = attendance.linkageKey { linkageKeys.append(key, month: keys.month) }
        }

        /// Adds a later piece's counts (its linkage keys after these).
        public mutating func merge(_ other: Builder) {
            attendances.merge(other.attendances)
            byTime.merge(other.byTime)
            byAgeGroup.merge(other.byAgeGroup)
            linkageKeys.merge(other.linkageKeys)
        }

        /// The tally of every attendance added, linkage keys in the order they were added.
        public var tally: EmergencyDepartmentTally {
            var tally = EmergencyDepartmentTally()
            tally.attendances.add(attendances)
            tally.byTime.add(byTime)
            tally.byAgeGroup.add(byAgeGroup)
            linkageKeys.add(to: &tally.linkageKeys)
            return tally
        }
    }

    public mutating func merge(_ other: EmergencyDepartmentTally) {
        attendances.merge(other.attendances)
        byTime.merge(other.byTime)
        byAgeGroup.merge(other.byAgeGroup)
        linkageKeys.merge(other.linkageKeys) { $0 + $1 }
    }
}

extension EmergencyDepartmentTally.AttendanceKey {
    init(packed: UInt64) {
        month = YearMonth(index: Int(bits(packed, 40, 20)))
        district = Int32(bits(packed, 24, 16)) - 1
        method = caseValue(bits(packed, 16, 8))
        location = caseValue(bits(packed, 8, 8))
        alcoholInvolved = flagValue(bits(packed, 4, 4))
        sex = caseValue(bits(packed, 0, 4))
    }
}

extension EmergencyDepartmentTally.TimeKey {
    init(packed: UInt64) {
        month = YearMonth(index: Int(bits(packed, 16, 20)))
        weekday = Int8(bits(packed, 8, 8)) - 1
        hour = Int8(bits(packed, 0, 8)) - 1
    }
}

extension EmergencyDepartmentTally.AgeGroupKey {
    init(packed: UInt64) {
        month = YearMonth(index: Int(bits(packed, 8, 20)))
        group = caseValue(bits(packed, 0, 8))
    }
}
