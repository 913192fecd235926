import Loaders

/// Synthetic record-level police, emergency department and major trauma data whose
/// truth is known.
///
/// Record-level police, A&E and trauma registry data are confidential, so the demo and
/// the tests run on a synthetic world built on the real geography and population:
///
/// 1. **Where and to whom.** The force's districts and LSOAs come from the `Geography`;
///    a district's share of violence is its resident population times a rate factor
///    (the mean deprivation weight of its LSOAs; the planted highest-rate district gets
///    `highest_rate_multiplier` times the highest factor). Within a district, an LSOA's
///    share is its deprivation weight (`deprivation_gradient`, by tenth of national IMD
///    rank) times a lognormal hotspot factor (`concentration_sigma`). Victims' ages and
///    sexes come from the district's mid-year population: `male_18_to_36_share` of
///    serious violence victims are men aged 18-36 (drawn by single year of age), the
///    rest are drawn from everyone else weighted by an age risk curve.
/// 2. **When.** Each incident falls in an hour slot weighted by season
///    (`summer_peak`), a smooth trend (`yearly_trend`, compounding day by day around the
///    middle of the period), the hour of day, and a late-night peak on Friday and
///    Saturday nights and the nights before bank holidays (`weekend_night_peak`); the
///    night hours 18:00-06:00 are then scaled to carry `night_share`.
/// 3. **What.** Domestic abuse by victim sex (`domestic_share_female`,
///    `domestic_share_male` for serious violence, `other_violence_domestic_share_female`
///    and `..._male` for the other violence, `rape_domestic_share` for rape), alcohol (`alcohol_share`, more likely at night), weapon and
///    location type by group, and the Home Office offence code (see `SyntheticOffence`).
/// 4. **Who saw it.** Hidden serious violence and other violence with injury are seen by
///    the police with `police_detection_probability` and, independently, by an emergency
///    department with `emergency_department_detection_probability`, so two-source
///    capture-recapture holds by construction. The hidden totals are the police targets
///    (`serious_violence_per_year`, `violence_with_injury_per_year`) divided by the
///    police probability, so the expected police counts match the targets. Each record
///    carries its incident's linkage key with `linkage_key_share`, each source
///    independently (so Lincoln-Petersen on the keyed records still estimates the whole).
///    Serious violence becomes major trauma with `major_trauma_share_of_serious` (other
///    violence with injury with `major_trauma_share_of_other_injury`), again
///    independently; the registry extract also holds falls, vehicle collisions and
///    self-harm (`other_major_trauma_per_year`). Violence without injury and rape
///    (`rape_per_year`, codes 19C to 19H) are police-only.
/// 5. **Recording noise.** Per record: time unknown (`unknown_time_share`, written as
///    the date alone), sex unknown (`unknown_sex_share`), age unknown
///    (`unknown_age_share`); police record 0-30 days after the offence (mostly within 2),
///    leave the alcohol flag blank on a tenth of records, the weapon on 8% and the LSOA
///    on 1%; emergency departments leave alcohol blank on 15%, the method unknown on 8%,
///    the location type unknown on 10% and the incident LSOA blank on 20%. Every police
///    record names its victim (`victim_id`) and each identified suspect (`suspect_id`),
///    someone already recorded with `repeat_victim_share` / `repeat_suspect_share`.
///
/// Every draw comes from `SeededGenerator` streams of the request's seed, numbers and
/// dates are formatted here, and nothing is taken from a dictionary or set in hash
/// order, so the same request, geography and population give byte-identical files.
public enum Synthesizer {
    public static func generate(_ request: SynthesisRequest, geography: Geography, population: Population) throws -> SyntheticFiles {
        let parameters = request.parameters
        try parameters.validate()
        let world = try World(request: request, geography: geography, population: population)
        let years = Double(world.monthCount) / 12

        // The hidden incidents: totals chosen so the expected police counts meet the targets.
        let p = parameters.policeDetectionProbability
        let seriousCount = Int((parameters.seriousViolencePerYear * years / p).rounded())
        let injuryCount = Int(((parameters.violenceWithInjuryPerYear - parameters.seriousViolencePerYear) * years / p).rounded())
        let withoutInjuryCount = Int((parameters.violenceWithoutInjuryPerYear * years).rounded())
        let rapeCount = Int((parameters.rapePerYear * years).rounded())

        let maker = IncidentMaker(world: world, parameters: parameters)
        var random = SeededGenerator(seed: request.seed, stream: Streams.incidents)
        var incidents: [Incident] = []
        incidents.reserveCapacity(seriousCount + injuryCount + withoutInjuryCount + rapeCount)
        for _ in 0..<seriousCount { incidents.append(maker.make(.seriousViolence, &random)) }
        for _ in 0..<injuryCount { incidents.append(maker.make(.violenceWithInjury, &random)) }
        for _ in 0..<withoutInjuryCount { incidents.append(maker.make(.violenceWithoutInjury, &random)) }
        // Drawn last, so the other incidents are those of the same seed without rape.
        for _ in 0..<rapeCount { incidents.append(maker.make(.rape, &random)) }

        // Who saw each incident, and which records carry its key.
        var detection = SeededGenerator(seed: request.seed, stream: Streams.detection)
        var keys = KeyMaker(random: SeededGenerator(seed: request.seed, stream: Streams.keys))
        let share = parameters.linkageKeyShare
        for index in incidents.indices {
            let police = detection.chance(p)
            let department = detection.chance(parameters.emergencyDepartmentDetectionProbability)
            let trauma = detection.chance(incidents[index].group == .seriousViolence
                ? parameters.majorTraumaShareOfSerious : parameters.majorTraumaShareOfOtherInjury)
            let policeKeyed = detection.chance(share)
            let departmentKeyed = detection.chance(share)
            let traumaKeyed = detection.chance(share)
            incidents[index].key = keys.next()
            if incidents[index].group == .violenceWithoutInjury || incidents[index].group == .rape {
                incidents[index].police = true
                incidents[index].policeKeyed = policeKeyed
            } else {
                incidents[index].police = police
                incidents[index].policeKeyed = police && policeKeyed
                incidents[index].emergencyDepartment = department
                incidents[index].emergencyDepartmentKeyed = department && departmentKeyed
                incidents[index].majorTrauma = trauma
                incidents[index].majorTraumaKeyed = trauma && traumaKeyed
            }
        }

        let police = PoliceWriter.write(incidents: incidents, world: world, parameters: parameters, seed: request.seed)
        let department = EmergencyDepartmentWriter.write(incidents: incidents, world: world, parameters: parameters, seed: request.seed)
        let trauma = MajorTraumaWriter.write(incidents: incidents, world: world, parameters: parameters,
                                             seed: request.seed, keys: &keys, years: years)

        let truth = truthOf(incidents: incidents, world: world, request: request, police: police.rows,
                            department: department.rows, trauma: trauma)
        return SyntheticFiles(policeRecords: police.text, emergencyDepartment: department.text,
                              majorTrauma: trauma.text, truth: truth)
    }

    static func truthOf(incidents: [Incident], world: World, request: SynthesisRequest, police: Int, department: Int,
                        trauma: MajorTraumaWriter.Output) -> SynthesisTruth {
        var all = SynthesisTruth.Capture()
        var serious = SynthesisTruth.Capture()
        var withoutInjury = 0
        var rape = 0
        var domesticViolence = 0
        var byDistrict = world.districts.map {
            SynthesisTruth.DistrictCount(districtCode: $0.code, population: $0.population, violenceWithInjury: 0, seriousViolence: 0)
        }
        func add(_ incident: Incident, to capture: inout SynthesisTruth.Capture) {
            capture.incidents += 1
            if incident.police { capture.seenByPolice += 1 }
            if incident.emergencyDepartment { capture.seenByEmergencyDepartment += 1 }
            if incident.police && incident.emergencyDepartment { capture.seenByBoth += 1 }
            if !incident.police && !incident.emergencyDepartment { capture.seenByNeither += 1 }
            if incident.policeKeyed { capture.policeKeyed += 1 }
            if incident.emergencyDepartmentKeyed { capture.emergencyDepartmentKeyed += 1 }
            if incident.policeKeyed && incident.emergencyDepartmentKeyed { capture.bothKeyed += 1 }
        }
        for incident in incidents {
            if incident.group == .rape {
                rape += 1
                continue
            }
            if incident.domestic { domesticViolence += 1 }
            if incident.group == .violenceWithoutInjury {
                withoutInjury += 1
                continue
            }
            add(incident, to: &all)
            byDistrict[incident.district].violenceWithInjury += 1
            if incident.group == .seriousViolence {
                add(incident, to: &serious)
                byDistrict[incident.district].seriousViolence += 1
            }
        }
        return SynthesisTruth(
            seed: request.seed, forceCode: request.forceCode,
            firstMonth: request.months.lowerBound, lastMonth: request.months.upperBound,
            parameters: request.parameters, highestRateDistrictApplied: world.highestRateDistrictApplied,
            violenceWithInjury: all, seriousViolence: serious,
            policeViolenceWithoutInjuryRecords: withoutInjury, policeRapeRecords: rape, domesticAbuseViolenceIncidents: domesticViolence,
            policeRecords: police,
            emergencyDepartmentRecords: department, majorTraumaRecords: trauma.rows,
            majorTrauma: trauma.summary, incidentsByDistrict: byDistrict)
    }
}
