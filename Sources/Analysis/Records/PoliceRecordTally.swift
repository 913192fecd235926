import Loaders

/// What one streaming pass over a force's record-level extract keeps: counts, never records.
///
/// Every count is keyed by the month the crime was committed, so one tally serves any
/// period. Serious violence (the configured offence codes) is broken down further, since
/// the assessment's victim, time, alcohol and place analyses are about it.
public struct PoliceRecordTally: Sendable, Equatable {
    public struct GroupKey: Hashable, Sendable, PackedKey {
        public var month: YearMonth
        public var group: OffenceGroup
        public var seriousViolence: Bool
        /// Index into `Geography.districts`, or -1 when the record has no LSOA.
        public var district: Int32

        public func hash(into hasher: inout Hasher) { hasher.combine(packed) }

        var packed: UInt64 {
            monthCode(month) << 24 | caseCode(group) << 17 | (seriousViolence ? 1 : 0) << 16 | indexCode(district, width: 16)
        }
    }

    public struct PlaceKey: Hashable, Sendable, PackedKey {
        public var month: YearMonth
        public var lsoa: Int32

        public func hash(into hasher: inout Hasher) { hasher.combine(packed) }

        var packed: UInt64 {
            monthCode(month) << 24 | indexCode(lsoa, width: 24)
        }
    }

    public struct TimeKey: Hashable, Sendable, PackedKey {
        public var month: YearMonth
        /// 1 = Monday.
        public var weekday: Int8
        /// 0 to 23; -1 when the time is unknown.
        public var hour: Int8

        public func hash(into hasher: inout Hasher) { hasher.combine(packed) }

        var packed: UInt64 {
            monthCode(month) << 16 | indexCode(weekday, width: 8) << 8 | indexCode(hour, width: 8)
        }
    }

    public struct VictimKey: Hashable, Sendable, PackedKey {
        public var month: YearMonth
        public var district: Int32
        public var sex: RecordedSex
        /// -1 when unknown.
        public var age: Int16
        public var domesticAbuse: Bool?
        public var alcoholRelated: Bool?
        /// Whether committed between 18:00 and 05:59; nil when the time is unknown.
        public var night: Bool?

        public func hash(into hasher: inout Hasher) { hasher.combine(packed) }

        var packed: UInt64 {
            monthCode(month) << 40 | indexCode(district, width: 16) << 24 | caseCode(sex) << 22 | indexCode(age, width: 8) << 14
                | flagCode(domesticAbuse) << 12 | flagCode(alcoholRelated) << 10 | flagCode(night) << 8
        }
    }

    /// The suspect of one serious violence record, with the victim's age for the pairs.
    public struct SuspectKey: Hashable, Sendable, PackedKey {
        public var month: YearMonth
        public var sex: RecordedSex
        /// -1 when unknown (no identified suspect, or an age not recorded).
        public var age: Int16
        /// The victim's age; -1 when unknown.
        public var victimAge: Int16

        public func hash(into hasher: inout Hasher) { hasher.combine(packed) }

        var packed: UInt64 {
            monthCode(month) << 24 | caseCode(sex) << 16 | indexCode(age, width: 8) << 8 | indexCode(victimAge, width: 8)
        }
    }

    /// The victim's age group of one serious violence record, with its weapon and the
    /// school-day band of its time, for the children and young people section.
    public struct YoungVictimKey: Hashable, Sendable, PackedKey {
        public var month: YearMonth
        public var victimGroup: YoungPeopleAgeGroup
        public var weapon: PoliceWeapon
        public var timeBand: YoungPeopleTimeBand

        public func hash(into hasher: inout Hasher) { hasher.combine(packed) }

        var packed: UInt64 {
            monthCode(month) << 24 | caseCode(victimGroup) << 16 | caseCode(weapon) << 8 | caseCode(timeBand)
        }
    }

    public struct WeaponKey: Hashable, Sendable, PackedKey {
        public var month: YearMonth
        public var weapon: PoliceWeapon

        public func hash(into hasher: inout Hasher) { hasher.combine(packed) }

        var packed: UInt64 {
            monthCode(month) << 8 | caseCode(weapon)
        }
    }

    /// A record of violence against the person or a sexual offence, by its Home Office
    /// offence and domestic abuse flag: what domestic abuse-flagged violence and rape
    /// (selected by code in the analysis) are counted from.
    public struct OffenceKey: Hashable, Sendable, PackedKey {
        public var month: YearMonth
        /// The offence's position in `HomeOfficeOffenceCodes.all`.
        public var offence: Int
        public var domesticAbuse: Bool?

        public func hash(into hasher: inout Hasher) { hasher.combine(packed) }

        var packed: UInt64 {
            monthCode(month) << 24 | UInt64(offence & 0xFFFF) << 8 | flagCode(domesticAbuse)
        }

        /// The offence itself, from the code list.
        public var homeOfficeOffence: HomeOfficeOffence { HomeOfficeOffenceCodes.all[offence] }
    }

    /// Every loaded record by month, offence group, serious violence or not, and district.
    public var byGroup = Counts<GroupKey>()
    /// Violence against the person and sexual offences by month, offence and domestic abuse flag.
    public var byOffence = Counts<OffenceKey>()
    /// Serious violence by LSOA and month (records with an LSOA).
    public var seriousByPlace = Counts<PlaceKey>()
    /// Serious violence by weekday and hour.
    public var seriousByTime = Counts<TimeKey>()
    /// Serious violence by the victim's sex, age, and the domestic, alcohol and night flags.
    public var seriousByVictim = Counts<VictimKey>()
    /// Serious violence by weapon.
    public var seriousByWeapon = Counts<WeaponKey>()
    /// Serious violence by the suspect's sex and age and the victim's age.
    public var seriousBySuspect = Counts<SuspectKey>()
    /// Serious violence by the victim's age group, weapon and school-day time band.
    public var seriousByYoungVictim = Counts<YoungVictimKey>()
    /// Fingerprints of the linkage keys of violence with injury and serious violence, by
    /// month, for matching against health records.
    public var linkageKeys: [YearMonth: [UInt64]] = [:]
    /// Fingerprints of the victim and suspect identifiers of every record that has one, by
    /// month, and of the serious violence records among them: who is seen more than once.
    public var victimIDs: [YearMonth: [UInt64]] = [:]
    public var suspectIDs: [YearMonth: [UInt64]] = [:]
    public var seriousVictimIDs: [YearMonth: [UInt64]] = [:]
    public var seriousSuspectIDs: [YearMonth: [UInt64]] = [:]

    public init() {}

    /// The keys one record adds to: every table it counts in, and its linkage key.
    struct RecordKeys {
        var month: YearMonth
        var group: GroupKey
        /// For violence against the person and sexual offences.
        var offence: OffenceKey?
        /// The fingerprint of its linkage key, for violence with injury, homicide and
        /// serious violence that have one.
        var linkage: UInt64?
        var serious: (place: PlaceKey?, time: TimeKey, victim: VictimKey, weapon: WeaponKey, suspect: SuspectKey, young: YoungVictimKey)?
    }

    static func keys(_ record: PoliceRecord, isSerious: Bool) -> RecordKeys {
        let month = record.committedAt.month
        let district = Int32(record.placement.districtIndex ?? -1)
        var keys = RecordKeys(month: month, group: GroupKey(month: month, group: record.offence.group, seriousViolence: isSerious, district: district))
        if record.offence.group.isViolenceAgainstThePerson || record.offence.group == .sexualOffences {
            keys.offence = OffenceKey(month: month, offence: record.offence.ordinal, domesticAbuse: record.domesticAbuse)
        }
        if isSerious || record.offence.group == .violenceWithInjury || record.offence.group == .homicide {
            keys.linkage = record.linkageKey
        }
        guard isSerious else { return keys }
        let hour = record.committedAt.hour
        keys.serious = (
            place: record.placement.lsoaIndex.map { PlaceKey(month: month, lsoa: Int32($0)) },
            time: TimeKey(month: month, weekday: Int8(record.committedAt.weekday), hour: Int8(hour ?? -1)),
            victim: VictimKey(month: month, district: district, sex: record.victimSex, age: Int16(record.victimAge ?? -1),
                              domesticAbuse: record.domesticAbuse, alcoholRelated: record.alcoholRelated,
                              night: hour.map { $0 >= 18 || $0 < 6 }),
            weapon: WeaponKey(month: month, weapon: record.weapon),
            suspect: SuspectKey(month: month, sex: record.suspectSex, age: Int16(record.suspectAge ?? -1),
                                victimAge: Int16(record.victimAge ?? -1)),
            young: YoungVictimKey(month: month, victimGroup: YoungPeopleAgeGroup(age: record.victimAge), weapon: record.weapon,
                                  timeBand: YoungPeopleTimeBand(weekday: record.committedAt.weekday, hour: hour)))
        return keys
    }

    /// Builds a tally from records: the counts are kept by packed key (`FlatTable`)
    /// until `tally` turns them into `Counts`. The reader gives each piece of a file its
    /// own builder and merges them in file order.
    public struct Builder: Sendable {
        private var byGroup = FlatTable()
        private var byOffence = FlatTable()
        private var seriousByPlace = FlatTable()
        private var seriousByTime = FlatTable()
        private var seriousByVictim = FlatTable()
        private var seriousByWeapon = FlatTable()
        private var seriousBySuspect = FlatTable()
        private var seriousByYoungVictim = FlatTable()
        private var linkageKeys = MonthlyKeys()
        private var victimIDs = MonthlyKeys()
        private var suspectIDs = MonthlyKeys()
        private var seriousVictimIDs = MonthlyKeys()
        private var seriousSuspectIDs = MonthlyKeys()

        public init() {}

        /// Adds one record. `isSerious` says whether its offence code is in the local definition.
        public mutating func add(_ record: PoliceRecord, isSerious: Bool) {
            let keys = PoliceRecordTally.keys(record, isSerious: isSerious)
            byGroup.add(keys.group.packed)
            if let offence = keys.offence { byOffence.add(offence.packed) }
            if let key = keys.linkage { linkageKeys.append(key, month: keys.month) }
            if let id = record.victimID {
                victimIDs.append(id, month: keys.month)
                if isSerious { seriousVictimIDs.append(id, month: keys.month) }
            }
            if let id = record.suspectID {
                suspectIDs.append(id, month: keys.month)
                if isSerious { seriousSuspectIDs.append(id, month: keys.month) }
            }
            guard let serious = keys.serious else { return }
            if let place = serious.place { seriousByPlace.add(place.packed) }
            seriousByTime.add(serious.time.packed)
            seriousByVictim.add(serious.victim.packed)
            seriousByWeapon.add(serious.weapon.packed)
            seriousBySuspect.add(serious.suspect.packed)
            seriousByYoungVictim.add(serious.young.packed)
        }

        /// Adds a later piece's counts (its linkage keys after these).
        public mutating func merge(_ other: Builder) {
            byGroup.merge(other.byGroup)
            byOffence.merge(other.byOffence)
            seriousByPlace.merge(other.seriousByPlace)
            seriousByTime.merge(other.seriousByTime)
            seriousByVictim.merge(other.seriousByVictim)
            seriousByWeapon.merge(other.seriousByWeapon)
            seriousBySuspect.merge(other.seriousBySuspect)
            seriousByYoungVictim.merge(other.seriousByYoungVictim)
            linkageKeys.merge(other.linkageKeys)
            victimIDs.merge(other.victimIDs)
            suspectIDs.merge(other.suspectIDs)
            seriousVictimIDs.merge(other.seriousVictimIDs)
            seriousSuspectIDs.merge(other.seriousSuspectIDs)
        }

        /// The tally of every record added, linkage keys in the order they were added.
        public var tally: PoliceRecordTally {
            var tally = PoliceRecordTally()
            tally.byGroup.add(byGroup)
            tally.byOffence.add(byOffence)
            tally.seriousByPlace.add(seriousByPlace)
            tally.seriousByTime.add(seriousByTime)
            tally.seriousByVictim.add(seriousByVictim)
            tally.seriousByWeapon.add(seriousByWeapon)
            tally.seriousBySuspect.add(seriousBySuspect)
            tally.seriousByYoungVictim.add(seriousByYoungVictim)
            linkageKeys.add(to: &tally.linkageKeys)
            victimIDs.add(to: &tally.victimIDs)
            suspectIDs.add(to: &tally.suspectIDs)
            seriousVictimIDs.add(to: &tally.seriousVictimIDs)
            seriousSuspectIDs.add(to: &tally.seriousSuspectIDs)
            return tally
        }
    }

    public mutating func merge(_ other: PoliceRecordTally) {
        byGroup.merge(other.byGroup)
        byOffence.merge(other.byOffence)
        seriousByPlace.merge(other.seriousByPlace)
        seriousByTime.merge(other.seriousByTime)
        seriousByVictim.merge(other.seriousByVictim)
        seriousByWeapon.merge(other.seriousByWeapon)
        seriousBySuspect.merge(other.seriousBySuspect)
        seriousByYoungVictim.merge(other.seriousByYoungVictim)
        linkageKeys.merge(other.linkageKeys) { $0 + $1 }
        victimIDs.merge(other.victimIDs) { $0 + $1 }
        suspectIDs.merge(other.suspectIDs) { $0 + $1 }
        seriousVictimIDs.merge(other.seriousVictimIDs) { $0 + $1 }
        seriousSuspectIDs.merge(other.seriousSuspectIDs) { $0 + $1 }
    }
}

extension PoliceRecordTally.GroupKey {
    init(packed: UInt64) {
        month = YearMonth(index: Int(bits(packed, 24, 20)))
        group = caseValue(bits(packed, 17, 7))
        seriousViolence = bits(packed, 16, 1) == 1
        district = Int32(bits(packed, 0, 16)) - 1
    }
}

extension PoliceRecordTally.OffenceKey {
    init(packed: UInt64) {
        month = YearMonth(index: Int(bits(packed, 24, 20)))
        offence = Int(bits(packed, 8, 16))
        domesticAbuse = flagValue(bits(packed, 0, 2))
    }
}

extension PoliceRecordTally.PlaceKey {
    init(packed: UInt64) {
        month = YearMonth(index: Int(bits(packed, 24, 20)))
        lsoa = Int32(bits(packed, 0, 24)) - 1
    }
}

extension PoliceRecordTally.TimeKey {
    init(packed: UInt64) {
        month = YearMonth(index: Int(bits(packed, 16, 20)))
        weekday = Int8(bits(packed, 8, 8)) - 1
        hour = Int8(bits(packed, 0, 8)) - 1
    }
}

extension PoliceRecordTally.VictimKey {
    init(packed: UInt64) {
        month = YearMonth(index: Int(bits(packed, 40, 20)))
        district = Int32(bits(packed, 24, 16)) - 1
        sex = caseValue(bits(packed, 22, 2))
        age = Int16(bits(packed, 14, 8)) - 1
        domesticAbuse = flagValue(bits(packed, 12, 2))
        alcoholRelated = flagValue(bits(packed, 10, 2))
        night = flagValue(bits(packed, 8, 2))
    }
}

extension PoliceRecordTally.WeaponKey {
    init(packed: UInt64) {
        month = YearMonth(index: Int(bits(packed, 8, 20)))
        weapon = caseValue(bits(packed, 0, 8))
    }
}

extension PoliceRecordTally.SuspectKey {
    init(packed: UInt64) {
        month = YearMonth(index: Int(bits(packed, 24, 20)))
        sex = caseValue(bits(packed, 16, 2))
        age = Int16(bits(packed, 8, 8)) - 1
        victimAge = Int16(bits(packed, 0, 8)) - 1
    }
}

extension PoliceRecordTally.YoungVictimKey {
    init(packed: UInt64) {
        month = YearMonth(index: Int(bits(packed, 24, 20)))
        victimGroup = caseValue(bits(packed, 16, 8))
        weapon = caseValue(bits(packed, 8, 8))
        timeBand = caseValue(bits(packed, 0, 8))
    }
}
