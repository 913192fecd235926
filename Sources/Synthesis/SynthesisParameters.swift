/// The planted effects of the synthetic world, decoded from the `synthesis:` section of
/// a configuration (snake_case keys; every key optional, with the default below).
///
/// The defaults follow what Devon and Cornwall's Police and Crime Panel was told in
/// November 2020 about serious violence in the force area. Every effect is planted in
/// the hidden incidents, so it shows in each source that sees them (subject to the
/// recording noise described on `Synthesizer`).
///
/// Keys this struct does not know are ignored, so the same section may also hold the
/// caller's own settings (a seed, the months).
public struct SynthesisParameters: Sendable, Equatable, Codable {
    /// Share of serious violence victims who are male and aged 18 to 36. Default 0.75.
    public var male18To36Share: Double
    /// The same share for the other violence (with and without injury). Default 0.35.
    public var otherViolenceMale18To36Share: Double
    /// Share of serious violence against female victims that is domestic abuse. Default 0.5.
    public var domesticShareFemale: Double
    /// Share of serious violence against male victims that is domestic abuse. Default 0.11.
    public var domesticShareMale: Double
    /// Share of the other violence (with and without injury) against female victims that
    /// is domestic abuse. Default 0.6: with `other_violence_domestic_share_male`, about a
    /// third of violence against the person is domestic abuse-related, as ONS reports for
    /// police-recorded crime in England and Wales in the year ending March 2020 (Domestic
    /// abuse in England and Wales overview, November 2020); the split by sex is an
    /// assumption, with women's share the higher.
    public var otherViolenceDomesticShareFemale: Double
    /// The same share for male victims. Default 0.15 (an assumption; see above).
    public var otherViolenceDomesticShareMale: Double
    /// Expected police-recorded rape a year (19C to 19H; see `SyntheticOffence` for the
    /// split by code). Default 1400: police in England and Wales recorded about 55,000
    /// rapes in the year ending March 2020, about 0.9 per 1,000 residents, and Devon and
    /// Cornwall's rate of sexual offences is a little below the national one, so about
    /// 1,400 for its 1.8 million residents.
    public var rapePerYear: Double
    /// Share of rape that is domestic abuse-related. Default 0.4: an assumption, near the
    /// share of police-recorded sexual offences that ONS reports as domestic
    /// abuse-related (November 2020 overview).
    public var rapeDomesticShare: Double
    /// Chance a police record's victim (`victim_id`) is someone already recorded as a
    /// victim in one of the previous 20,000 records. Default 0.15: an assumption, in
    /// keeping with the Crime Survey's finding that a minority of victims of violence
    /// suffer most of it.
    public var repeatVictimShare: Double
    /// The same for identified suspects (`suspect_id`). Default 0.2: an assumption, a
    /// little above victims, as a few people commit much of recorded violence.
    public var repeatSuspectShare: Double
    /// Share of incidents involving alcohol (four in ten as likely by day as by night,
    /// scaled so the overall share is this). Default 0.33.
    public var alcoholShare: Double
    /// Share of incidents between 18:00 and 06:00. Default 0.75.
    public var nightShare: Double
    /// Whether late Friday and Saturday nights (and the nights before bank holidays)
    /// carry more incidents than other nights. Default true.
    public var weekendNightPeak: Bool
    /// How many times busier such a night is than another night, hour for hour.
    /// Default 2.5.
    public var weekendNightFactor: Double
    /// Seasonal amplitude: the monthly rate is 1 + amplitude x cos(2 pi (month - 7.5) / 12)
    /// times the mean, so July and August are about +24% and January and February about
    /// -24%. Default 0.25.
    public var summerPeak: Double
    /// The district given the highest rate per 1,000 residents. Ignored when the district
    /// is not in the force. Default "E06000027" (Torbay).
    public var highestRateDistrict: String
    /// That district's rate as a multiple of the highest rate among the others.
    /// Default 1.8.
    public var highestRateMultiplier: Double
    /// Expected police-recorded serious violence (1/1, 1/2, 2, 5D) a year, averaged over
    /// the months generated. Default 577.
    public var seriousViolencePerYear: Double
    /// Expected police-recorded violence with injury a year, serious violence included
    /// (1/1, 1/2, 2, 5D, 8N, 8P, 5E). Default 15700.
    public var violenceWithInjuryPerYear: Double
    /// Expected police-recorded violence without injury a year (105A, 105B, 104, 3B, 8L,
    /// 8M), which no emergency department sees. Default 14000.
    public var violenceWithoutInjuryPerYear: Double
    /// Growth a year, applied smoothly day by day around the middle of the period.
    /// Default 0.09.
    public var yearlyTrend: Double
    /// Share of records whose time of day is unknown (written as a date alone).
    /// Default 0.05.
    public var unknownTimeShare: Double
    /// Share of police and emergency department records with the victim's sex unknown.
    /// Default 0.02.
    public var unknownSexShare: Double
    /// Share of police and emergency department records with the victim's age unknown.
    /// Default 0.03.
    public var unknownAgeShare: Double
    /// Chance the police record an incident of violence with injury. Default 0.55.
    public var policeDetectionProbability: Double
    /// Chance an emergency department records an assault (independently of the police).
    /// Default 0.6.
    public var emergencyDepartmentDetectionProbability: Double
    /// Share of serious violence incidents that become major trauma cases. Default 0.08.
    public var majorTraumaShareOfSerious: Double
    /// Share of the other violence with injury that becomes major trauma. Default 0.002.
    public var majorTraumaShareOfOtherInjury: Double
    /// Major trauma cases a year that are not assaults (falls, vehicles, self-harm),
    /// so the registry extract looks like one. Default 900.
    public var otherMajorTraumaPerYear: Double
    /// Chance each record carries its incident's linkage key (each source independently).
    /// Default 0.9.
    public var linkageKeyShare: Double
    /// Rate in the most deprived tenth of LSOAs (by national IMD rank) over the rate in
    /// the least deprived tenth; tenths between are spaced geometrically. LSOAs without
    /// a rank (Welsh LSOAs against the English index) get the middle weight. Default 2.0.
    public var deprivationGradient: Double
    /// Hotspots: each LSOA's weight is also multiplied by a lognormal factor with mean 1
    /// and this sigma, so a few LSOAs carry much of the violence (with sigma 1, in
    /// Devon and Cornwall, the busiest tenth of LSOAs see close to 40% of it). Default 1.0.
    public var concentrationSigma: Double

    public init() {
        male18To36Share = 0.75
        otherViolenceMale18To36Share = 0.35
        domesticShareFemale = 0.5
        domesticShareMale = 0.11
        otherViolenceDomesticShareFemale = 0.6
        otherViolenceDomesticShareMale = 0.15
        rapePerYear = 1400
        rapeDomesticShare = 0.4
        repeatVictimShare = 0.15
        repeatSuspectShare = 0.2
        alcoholShare = 0.33
        nightShare = 0.75
        weekendNightPeak = true
        weekendNightFactor = 2.5
        summerPeak = 0.25
        highestRateDistrict = "E06000027"
        highestRateMultiplier = 1.8
        seriousViolencePerYear = 577
        violenceWithInjuryPerYear = 15700
        violenceWithoutInjuryPerYear = 14000
        yearlyTrend = 0.09
        unknownTimeShare = 0.05
        unknownSexShare = 0.02
        unknownAgeShare = 0.03
        policeDetectionProbability = 0.55
        emergencyDepartmentDetectionProbability = 0.6
        majorTraumaShareOfSerious = 0.08
        majorTraumaShareOfOtherInjury = 0.002
        otherMajorTraumaPerYear = 900
        linkageKeyShare = 0.9
        deprivationGradient = 2.0
        concentrationSigma = 1.0
    }

    /// Every key the `synthesis:` section may hold, as written there.
    public static var keys: [String] { CodingKeys.allCases.map(\.rawValue) }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case male18To36Share = "male_18_to_36_share"
        case otherViolenceMale18To36Share = "other_violence_male_18_to_36_share"
        case domesticShareFemale = "domestic_share_female"
        case domesticShareMale = "domestic_share_male"
        case otherViolenceDomesticShareFemale = "other_violence_domestic_share_female"
        case otherViolenceDomesticShareMale = "other_violence_domestic_share_male"
        case rapePerYear = "rape_per_year"
        case rapeDomesticShare = "rape_domestic_share"
        case repeatVictimShare = "repeat_victim_share"
        case repeatSuspectShare = "repeat_suspect_share"
        case alcoholShare = "alcohol_share"
        case nightShare = "night_share"
        case weekendNightPeak = "weekend_night_peak"
        case weekendNightFactor = "weekend_night_factor"
        case summerPeak = "summer_peak"
        case highestRateDistrict = "highest_rate_district"
        case highestRateMultiplier = "highest_rate_multiplier"
        case seriousViolencePerYear = "serious_violence_per_year"
        case violenceWithInjuryPerYear = "violence_with_injury_per_year"
        case violenceWithoutInjuryPerYear = "violence_without_injury_per_year"
        case yearlyTrend = "yearly_trend"
        case unknownTimeShare = "unknown_time_share"
        case unknownSexShare = "unknown_sex_share"
        case unknownAgeShare = "unknown_age_share"
        case policeDetectionProbability = "police_detection_probability"
        case emergencyDepartmentDetectionProbability = "emergency_department_detection_probability"
        case majorTraumaShareOfSerious = "major_trauma_share_of_serious"
        case majorTraumaShareOfOtherInjury = "major_trauma_share_of_other_injury"
        case otherMajorTraumaPerYear = "other_major_trauma_per_year"
        case linkageKeyShare = "linkage_key_share"
        case deprivationGradient = "deprivation_gradient"
        case concentrationSigma = "concentration_sigma"
    }

    public init(from decoder: any Decoder) throws {
        self.init()
        let container = try decoder.container(keyedBy: CodingKeys.self)
        func value<T: Decodable>(_ key: CodingKeys, _ current: T) throws -> T {
            try container.decodeIfPresent(T.self, forKey: key) ?? current
        }
        male18To36Share = try value(.male18To36Share, male18To36Share)
        otherViolenceMale18To36Share = try value(.otherViolenceMale18To36Share, otherViolenceMale18To36Share)
        domesticShareFemale = try value(.domesticShareFemale, domesticShareFemale)
        domesticShareMale = try value(.domesticShareMale, domesticShareMale)
        otherViolenceDomesticShareFemale = try value(.otherViolenceDomesticShareFemale, otherViolenceDomesticShareFemale)
        otherViolenceDomesticShareMale = try value(.otherViolenceDomesticShareMale, otherViolenceDomesticShareMale)
        rapePerYear = try value(.rapePerYear, rapePerYear)
        rapeDomesticShare = try value(.rapeDomesticShare, rapeDomesticShare)
        repeatVictimShare = try value(.repeatVictimShare, repeatVictimShare)
        repeatSuspectShare = try value(.repeatSuspectShare, repeatSuspectShare)
        alcoholShare = try value(.alcoholShare, alcoholShare)
        nightShare = try value(.nightShare, nightShare)
        weekendNightPeak = try value(.weekendNightPeak, weekendNightPeak)
        weekendNightFactor = try value(.weekendNightFactor, weekendNightFactor)
        summerPeak = try value(.summerPeak, summerPeak)
        highestRateDistrict = try value(.highestRateDistrict, highestRateDistrict)
        highestRateMultiplier = try value(.highestRateMultiplier, highestRateMultiplier)
        seriousViolencePerYear = try value(.seriousViolencePerYear, seriousViolencePerYear)
        violenceWithInjuryPerYear = try value(.violenceWithInjuryPerYear, violenceWithInjuryPerYear)
        violenceWithoutInjuryPerYear = try value(.violenceWithoutInjuryPerYear, violenceWithoutInjuryPerYear)
        yearlyTrend = try value(.yearlyTrend, yearlyTrend)
        unknownTimeShare = try value(.unknownTimeShare, unknownTimeShare)
        unknownSexShare = try value(.unknownSexShare, unknownSexShare)
        unknownAgeShare = try value(.unknownAgeShare, unknownAgeShare)
        policeDetectionProbability = try value(.policeDetectionProbability, policeDetectionProbability)
        emergencyDepartmentDetectionProbability = try value(.emergencyDepartmentDetectionProbability, emergencyDepartmentDetectionProbability)
        majorTraumaShareOfSerious = try value(.majorTraumaShareOfSerious, majorTraumaShareOfSerious)
        majorTraumaShareOfOtherInjury = try value(.majorTraumaShareOfOtherInjury, majorTraumaShareOfOtherInjury)
        otherMajorTraumaPerYear = try value(.otherMajorTraumaPerYear, otherMajorTraumaPerYear)
        linkageKeyShare = try value(.linkageKeyShare, linkageKeyShare)
        deprivationGradient = try value(.deprivationGradient, deprivationGradient)
        concentrationSigma = try value(.concentrationSigma, concentrationSigma)
    }

    /// Checks every value is in its range; the error names the configuration key.
    public func validate() throws(SynthesisError) {
        func share(_ value: Double, _ key: CodingKeys) throws(SynthesisError) {
            guard value.isFinite, value >= 0, value <= 1 else {
                throw SynthesisError("synthesis.\(key.rawValue) is \(value); expected a share from 0 to 1")
            }
        }
        func nonNegative(_ value: Double, _ key: CodingKeys) throws(SynthesisError) {
            guard value.isFinite, value >= 0 else {
                throw SynthesisError("synthesis.\(key.rawValue) is \(value); expected a number of 0 or more")
            }
        }
        try share(male18To36Share, .male18To36Share)
        try share(otherViolenceMale18To36Share, .otherViolenceMale18To36Share)
        try share(domesticShareFemale, .domesticShareFemale)
        try share(domesticShareMale, .domesticShareMale)
        try share(otherViolenceDomesticShareFemale, .otherViolenceDomesticShareFemale)
        try share(otherViolenceDomesticShareMale, .otherViolenceDomesticShareMale)
        try nonNegative(rapePerYear, .rapePerYear)
        try share(rapeDomesticShare, .rapeDomesticShare)
        try share(repeatVictimShare, .repeatVictimShare)
        try share(repeatSuspectShare, .repeatSuspectShare)
        try share(alcoholShare, .alcoholShare)
        try share(nightShare, .nightShare)
        try nonNegative(weekendNightFactor, .weekendNightFactor)
        guard weekendNightFactor > 0 else {
            throw SynthesisError("synthesis.weekend_night_factor must be more than 0")
        }
        guard summerPeak.isFinite, summerPeak >= 0, summerPeak < 1 else {
            throw SynthesisError("synthesis.summer_peak is \(summerPeak); expected an amplitude from 0 to below 1")
        }
        try nonNegative(highestRateMultiplier, .highestRateMultiplier)
        guard highestRateMultiplier > 0 else {
            throw SynthesisError("synthesis.highest_rate_multiplier must be more than 0")
        }
        try nonNegative(seriousViolencePerYear, .seriousViolencePerYear)
        try nonNegative(violenceWithInjuryPerYear, .violenceWithInjuryPerYear)
        guard violenceWithInjuryPerYear >= seriousViolencePerYear else {
            throw SynthesisError("synthesis.violence_with_injury_per_year (\(violenceWithInjuryPerYear)) includes serious violence, so cannot be less than synthesis.serious_violence_per_year (\(seriousViolencePerYear))")
        }
        try nonNegative(violenceWithoutInjuryPerYear, .violenceWithoutInjuryPerYear)
        guard yearlyTrend.isFinite, yearlyTrend > -1 else {
            throw SynthesisError("synthesis.yearly_trend is \(yearlyTrend); expected more than -1")
        }
        try share(unknownTimeShare, .unknownTimeShare)
        try share(unknownSexShare, .unknownSexShare)
        try share(unknownAgeShare, .unknownAgeShare)
        try share(policeDetectionProbability, .policeDetectionProbability)
        guard policeDetectionProbability > 0 else {
            throw SynthesisError("synthesis.police_detection_probability must be more than 0 (the hidden totals are the police targets divided by it)")
        }
        try share(emergencyDepartmentDetectionProbability, .emergencyDepartmentDetectionProbability)
        try share(majorTraumaShareOfSerious, .majorTraumaShareOfSerious)
        try share(majorTraumaShareOfOtherInjury, .majorTraumaShareOfOtherInjury)
        try nonNegative(otherMajorTraumaPerYear, .otherMajorTraumaPerYear)
        try share(linkageKeyShare, .linkageKeyShare)
        try nonNegative(deprivationGradient, .deprivationGradient)
        guard deprivationGradient > 0 else {
            throw SynthesisError("synthesis.deprivation_gradient must be more than 0")
        }
        try nonNegative(concentrationSigma, .concentrationSigma)
        guard concentrationSigma <= 5 else {
            throw SynthesisError("synthesis.concentration_sigma is \(concentrationSigma); expected 0 to 5")
        }
    }
}

/// A request the synthesis cannot meet: bad parameters, or a geography or population
/// without what the force needs.
public struct SynthesisError: Error, CustomStringConvertible, Equatable, Sendable {
    public var message: String

    public init(_ message: String) { self.message = message }

    public var description: String { message }
}
