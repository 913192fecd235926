import Testing
@testable import Synthesis

private let injuryCodes = Set(SyntheticOffence.all.filter { $0.group == .seriousViolence || $0.group == .violenceWithInjury }.map(\.code))
private let seriousCodes = Set(SchemaValues.seriousViolenceOffenceCodes)

@Test("record and key counts in the files match the truth, and linkage finds exactly the truth's pairs")
func linkedCountsMatchTruth() {
    let truth = Fixture.large.truth
    let police = Fixture.police
    let code = police.column("offence_code")
    let key = police.column("linkage_key")
    let injuryRows = police.rows.filter { injuryCodes.contains($0[code]) }
    let seriousRows = police.rows.filter { seriousCodes.contains($0[code]) }
    #expect(injuryRows.count == truth.violenceWithInjury.seenByPolice)
    #expect(seriousRows.count == truth.seriousViolence.seenByPolice)
    #expect(police.rows.count - injuryRows.count == truth.policeViolenceWithoutInjuryRecords + truth.policeRapeRecords)
    #expect(Fixture.emergencyDepartment.rows.count == truth.violenceWithInjury.seenByEmergencyDepartment)
    #expect(Fixture.emergencyDepartment.rows.count == truth.emergencyDepartmentRecords)

    let policeKeys = injuryRows.map { $0[key] }.filter { !$0.isEmpty }
    let seriousKeys = Set(seriousRows.map { $0[key] }.filter { !$0.isEmpty })
    let departmentKeys = Fixture.emergencyDepartment.values("LINKAGE_KEY").filter { !$0.isEmpty }
    #expect(policeKeys.count == truth.violenceWithInjury.policeKeyed)
    #expect(departmentKeys.count == truth.violenceWithInjury.emergencyDepartmentKeyed)
    #expect(Set(policeKeys).count == policeKeys.count, "keys are unique within the police records")
    #expect(Set(departmentKeys).count == departmentKeys.count, "keys are unique within the emergency department records")
    let matched = Set(policeKeys).intersection(departmentKeys)
    #expect(matched.count == truth.violenceWithInjury.bothKeyed)
    #expect(matched.intersection(seriousKeys).count == truth.seriousViolence.bothKeyed)

    let all = truth.violenceWithInjury
    #expect(all.seenByPolice + all.seenByEmergencyDepartment - all.seenByBoth + all.seenByNeither == all.incidents)
}

@Test("capture-recapture on the keyed records estimates the true number of incidents within 5%")
func captureRecapture() {
    let truth = Fixture.large.truth.violenceWithInjury
    let estimate = Double(truth.policeKeyed) * Double(truth.emergencyDepartmentKeyed) / Double(truth.bothKeyed)
    #expect(abs(estimate / Double(truth.incidents) - 1) < 0.05, "estimate \(estimate), truth \(truth.incidents)")
    // And detection happened at the planted rates.
    #expect(abs(Double(truth.seenByPolice) / Double(truth.incidents) - 0.55) < 0.01)
    #expect(abs(Double(truth.seenByEmergencyDepartment) / Double(truth.incidents) - 0.6) < 0.01)
    #expect(abs(Double(truth.policeKeyed) / Double(truth.seenByPolice) - 0.9) < 0.01)
}

@Test("major trauma assault records carry keys that link to the police and emergency department records of the same incident")
func majorTraumaLinks() {
    let truth = Fixture.large.truth.majorTrauma
    let policeKeys = Set(Fixture.police.values("linkage_key").filter { !$0.isEmpty })
    let departmentKeys = Set(Fixture.emergencyDepartment.values("LINKAGE_KEY").filter { !$0.isEmpty })
    let traumaKeys = Fixture.majorTrauma.values("linkage_key").filter { !$0.isEmpty }
    let linkedToPolice = traumaKeys.filter { policeKeys.contains($0) }.count
    let linkedToDepartment = traumaKeys.filter { departmentKeys.contains($0) }.count
    #expect(linkedToPolice > 0 && linkedToPolice <= truth.assaultSeenByPolice)
    #expect(linkedToDepartment > 0 && linkedToDepartment <= truth.assaultSeenByEmergencyDepartment)
    #expect(Set(traumaKeys).count == traumaKeys.count)
}
