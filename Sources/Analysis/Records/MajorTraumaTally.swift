import Loaders

/// What one streaming pass over a trauma registry extract keeps.
///
/// Counts are keyed by the month of the incident when it is known, else of arrival.
public struct MajorTraumaTally: Sendable, Equatable {
    public struct CaseKey: Hashable, Sendable, PackedKey {
        public var month: YearMonth
        public var intent: InjuryIntent
        public var mechanism: InjuryMechanism
        /// ISS above 15.
        public var major: Bool
        public var sex: RecordedSex
        /// -1 when unknown.
        public var age: Int16
        public var outcome: ThirtyDayOutcome
        public var district: Int32

        public func hash(into hasher: inout Hasher) { hasher.combine(packed) }

        var packed: UInt64 {
            monthCode(month) << 43 | caseCode(intent) << 39 | caseCode(mechanism) << 35 | (major ? 1 : 0) << 34 | caseCode(sex) << 32
                | indexCode(age, width: 8) << 24 | caseCode(outcome) << 16 | indexCode(district, width: 16)
        }
    }

    public var cases = Counts<CaseKey>()
    public var linkageKeys: [YearMonth: [UInt64]] = [:]

    public init() {}

    public mutating func add(_ record: MajorTraumaRecord) {
        let month = (record.incidentAt ?? record.arrivalAt).month
        cases.add(CaseKey(month: month, intent: record.intent, mechanism: record.mechanism, major: record.isMajorTrauma,
                          sex: record.sex, age: Int16(record.age ?? -1), outcome: record.outcome30Day,
                          district: Int32(record.placement.districtIndex ?? -1)))
        if record.intent == .assault, let key = record.linkageKey { linkageKeys[month, default: []].append(key) }
    }

    public mutating func merge(_ other: MajorTraumaTally) {
        cases.merge(other.cases)
        linkageKeys.merge(other.linkageKeys) { $0 + $1 }
    }
}

extension MajorTraumaTally.CaseKey {
    init(packed: UInt64) {
        month = YearMonth(index: Int(bits(packed, 43, 20)))
        intent = caseValue(bits(packed, 39, 4))
        mechanism = caseValue(bits(packed, 35, 4))
        major = bits(packed, 34, 1) == 1
        sex = caseValue(bits(packed, 32, 2))
        age = Int16(bits(packed, 24, 8)) - 1
        outcome = caseValue(bits(packed, 16, 8))
        district = Int32(bits(packed, 0, 16)) - 1
    }
}
