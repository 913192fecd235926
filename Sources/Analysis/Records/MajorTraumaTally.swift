import Loaders

/// What one streaming pass over a trauma registry extract keeps.
///
/// Counts are keyed by the month of the incident when it is known, else of arrival.
public struct MajorTraumaTally: Sendable, Equatable {
    public struct CaseKey: Hashable, Sendable {
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

        public func hash(into hasher: inout Hasher) {
            var bits = KeyBits()
            bits.add(month.index, width: 20)
            bits.add(byte: intent)
            bits.add(byte: mechanism)
            bits.add(byte: major)
            bits.add(byte: sex)
            bits.add(Int(age), width: 8)
            bits.add(byte: outcome)
            bits.add(Int(district), width: 12)
            hasher.combine(bits.word)
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
