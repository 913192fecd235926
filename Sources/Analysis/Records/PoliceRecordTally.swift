import Loaders

/// What one streaming pass over a force's record-level extract keeps: counts, never records.
///
/// Every count is keyed by the month the crime was committed, so one tally serves any
/// period. Serious violence (the configured offence codes) is broken down further, since
/// the assessment's victim, time, alcohol and place analyses are about it.
public struct PoliceRecordTally: Sendable, Equatable {
    public struct GroupKey: Hashable, Sendable {
        public var month: YearMonth
        public var group: OffenceGroup
        public var seriousViolence: Bool
        /// Index into `Geography.districts`, or -1 when the record has no LSOA.
        public var district: Int32

        public func hash(into hasher: inout Hasher) {
            var bits = KeyBits()
            bits.add(month.index, width: 20)
            bits.add(byte: group)
            bits.add(byte: seriousViolence)
            bits.add(Int(district), width: 16)
            hasher.combine(bits.word)
        }
    }

    public struct PlaceKey: Hashable, Sendable {
        public var month: YearMonth
        public var lsoa: Int32

        public func hash(into hasher: inout Hasher) {
            var bits = KeyBits()
            bits.add(month.index, width: 20)
            bits.add(Int(lsoa), width: 32)
            hasher.combine(bits.word)
        }
    }

    public struct TimeKey: Hashable, Sendable {
        public var month: YearMonth
        /// 1 = Monday.
        public var weekday: Int8
        /// 0 to 23; -1 when the time is unknown.
        public var hour: Int8

        public func hash(into hasher: inout Hasher) {
            var bits = KeyBits()
            bits.add(month.index, width: 20)
            bits.add(Int(weekday), width: 8)
            bits.add(Int(hour), width: 8)
            hasher.combine(bits.word)
        }
    }

    public struct VictimKey: Hashable, Sendable {
        public var month: YearMonth
        public var district: Int32
        public var sex: RecordedSex
        /// -1 when unknown.
        public var age: Int16
        public var domesticAbuse: Bool?
        public var alcoholRelated: Bool?
        /// Whether committed between 18:00 and 05:59; nil when the time is unknown.
        public var night: Bool?

        public func hash(into hasher: inout Hasher) {
            var bits = KeyBits()
            bits.add(month.index, width: 20)
            bits.add(Int(district), width: 12)
            bits.add(byte: sex)
            bits.add(Int(age), width: 8)
            bits.add(byte: domesticAbuse)
            bits.add(byte: alcoholRelated)
            bits.add(byte: night)
            hasher.combine(bits.word)
        }
    }

    public struct WeaponKey: Hashable, Sendable {
        public var month: YearMonth
        public var weapon: PoliceWeapon

        public func hash(into hasher: inout Hasher) {
            var bits = KeyBits()
            bits.add(month.index, width: 20)
            bits.add(byte: weapon)
            hasher.combine(bits.word)
        }
    }

    /// Every loaded record by month, offence group, serious violence or not, and district.
    public var byGroup = Counts<GroupKey>()
    /// Serious violence by LSOA and month (records with an LSOA).
    public var seriousByPlace = Counts<PlaceKey>()
    /// Serious violence by weekday and hour.
    public var seriousByTime = Counts<TimeKey>()
    /// Serious violence by the victim's sex, age, and the domestic, alcohol and night flags.
    public var seriousByVictim = Counts<VictimKey>()
    /// Serious violence by weapon.
    public var seriousByWeapon = Counts<WeaponKey>()
    /// Fingerprints of the linkage keys of violence with injury and serious violence, by
    /// month, for matching against health records.
    public var linkageKeys: [YearMonth: [UInt64]] = [:]

    public init() {}

    /// Adds one record. `isSerious` says whether its offence code is in the local definition.
    public mutating func add(_ record: PoliceRecord, isSerious: Bool) {
        let month = record.committedAt.month
        let district = Int32(record.placement.districtIndex ?? -1)
        byGroup.add(GroupKey(month: month, group: record.offence.group, seriousViolence: isSerious, district: district))
        if isSerious || record.offence.group == .violenceWithInjury || record.offence.group == .homicide,
           let key = record.linkageKey {
            linkageKeys[month, default: []].append(key)
        }
        guard isSerious else { return }
        if let lsoa = record.placement.lsoaIndex {
            seriousByPlace.add(PlaceKey(month: month, lsoa: Int32(lsoa)))
        }
        let hour = record.committedAt.hour
        seriousByTime.add(TimeKey(month: month, weekday: Int8(record.committedAt.weekday), hour: Int8(hour ?? -1)))
        seriousByVictim.add(VictimKey(
            month: month, district: district, sex: record.victimSex, age: Int16(record.victimAge ?? -1),
            domesticAbuse: record.domesticAbuse, alcoholRelated: record.alcoholRelated,
            night: hour.map { $0 >= 18 || $0 < 6 }))
        seriousByWeapon.add(WeaponKey(month: month, weapon: record.weapon))
    }

    public mutating func merge(_ other: PoliceRecordTally) {
        byGroup.merge(other.byGroup)
        seriousByPlace.merge(other.seriousByPlace)
        seriousByTime.merge(other.seriousByTime)
        seriousByVictim.merge(other.seriousByVictim)
        seriousByWeapon.merge(other.seriousByWeapon)
        linkageKeys.merge(other.linkageKeys) { $0 + $1 }
    }
}
