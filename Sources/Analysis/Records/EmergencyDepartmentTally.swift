import Loaders

/// What one streaming pass over an emergency department's assault attendances keeps.
///
/// Counts are keyed by the month of the assault when it is known, else of arrival.
public struct EmergencyDepartmentTally: Sendable, Equatable {
    public struct AttendanceKey: Hashable, Sendable {
        public var month: YearMonth
        /// Index into `Geography.districts`, or -1 when the record has no LSOA.
        public var district: Int32
        public var method: AssaultMethod
        public var location: AssaultLocationType
        public var alcoholInvolved: Bool?
        public var sex: RecordedSex

        public func hash(into hasher: inout Hasher) {
            var bits = KeyBits()
            bits.add(month.index, width: 20)
            bits.add(Int(district), width: 12)
            bits.add(byte: method)
            bits.add(byte: location)
            bits.add(byte: alcoholInvolved)
            bits.add(byte: sex)
            hasher.combine(bits.word)
        }
    }

    public struct TimeKey: Hashable, Sendable {
        public var month: YearMonth
        public var weekday: Int8
        /// -1 when the assault time is unknown.
        public var hour: Int8

        public func hash(into hasher: inout Hasher) {
            var bits = KeyBits()
            bits.add(month.index, width: 20)
            bits.add(Int(weekday), width: 8)
            bits.add(Int(hour), width: 8)
            hasher.combine(bits.word)
        }
    }

    public var attendances = Counts<AttendanceKey>()
    public var byTime = Counts<TimeKey>()
    public var linkageKeys: [YearMonth: [UInt64]] = [:]

    public init() {}

    public mutating func add(_ attendance: EmergencyDepartmentAttendance) {
        let when = attendance.assaultAt ?? attendance.arrivalAt
        let month = when.month
        attendances.add(AttendanceKey(
            month: month, district: Int32(attendance.placement.districtIndex ?? -1), method: attendance.method,
            location: attendance.locationType, alcoholInvolved: attendance.alcoholInvolved, sex: attendance.sex))
        let hour = attendance.assaultAt?.hour
        byTime.add(TimeKey(month: month, weekday: Int8(when.weekday), hour: Int8(hour ?? -1)))
        if let key = attendance.linkageKey { linkageKeys[month, default: []].append(key) }
    }

    public mutating func merge(_ other: EmergencyDepartmentTally) {
        attendances.merge(other.attendances)
        byTime.merge(other.byTime)
        linkageKeys.merge(other.linkageKeys) { $0 + $1 }
    }
}
