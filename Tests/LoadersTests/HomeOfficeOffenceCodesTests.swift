import Loaders
import Testing

@Suite("Home Office offence codes")
struct HomeOfficeOffenceCodesTests {
    @Test("holds the serious violence codes of the demonstration configuration")
    func seriousViolence() throws {
        let murder = try #require(HomeOfficeOffenceCodes.offence(code: "1/1"))
        #expect(murder.group == .homicide)
        #expect(HomeOfficeOffenceCodes.offence(code: "1/2")?.group == .homicide)
        #expect(HomeOfficeOffenceCodes.offence(code: "2")?.description == "Attempted murder")
        #expect(HomeOfficeOffenceCodes.offence(code: "2")?.group == .violenceWithInjury)
        #expect(HomeOfficeOffenceCodes.offence(code: "5D")?.group == .violenceWithInjury)
    }

    @Test("maps codes to their ONS offence group", arguments: [
        ("4/1", OffenceGroup.homicide), ("4/4", .deathOrSeriousInjuryByUnlawfulDriving), ("37/1", .deathOrSeriousInjuryByUnlawfulDriving),
        ("5A", .violenceWithInjury), ("5E", .violenceWithInjury), ("8N", .violenceWithInjury), ("8P", .violenceWithInjury),
        ("8S", .violenceWithInjury), ("8T", .violenceWithInjury), ("105A", .violenceWithoutInjury), ("8Q", .stalkingAndHarassment),
        ("17A", .sexualOffences), ("19C", .sexualOffences), ("34A", .robbery), ("34B", .robbery), ("46", .theftOffences),
        ("28E", .burglary), ("45", .vehicleOffences), ("58C", .criminalDamageAndArson), ("92A", .drugOffences),
        ("92D", .drugOffences), ("10A", .possessionOfWeaponsOffences), ("10C", .possessionOfWeaponsOffences),
        ("10D", .possessionOfWeaponsOffences), ("9A", .publicOrderOffences), ("66", .publicOrderOffences),
        ("54", .miscellaneousCrimesAgainstSociety),
    ])
    func groups(_ code: String, _ group: OffenceGroup) {
        #expect(HomeOfficeOffenceCodes.offence(code: code)?.group == group)
    }

    @Test("matches codes in either case, spaces around and leading zeros ignored")
    func normalizes() {
        #expect(HomeOfficeOffenceCodes.offence(code: "5d")?.code == "5D")
        #expect(HomeOfficeOffenceCodes.offence(code: " 8n ")?.code == "8N")
        #expect(HomeOfficeOffenceCodes.offence(code: "05D")?.code == "5D")
        #expect(HomeOfficeOffenceCodes.offence(code: "037/1")?.code == "37/1")
    }

    @Test("knows no other code", arguments: ["", "0", "5Z", "5 D", "1/3", "8N8N", "murder", "5D.", "999999999"])
    func unknown(_ code: String) {
        #expect(HomeOfficeOffenceCodes.offence(code: code) == nil)
    }

    @Test("lists each code once and every offence group")
    func complete() {
        let codes = HomeOfficeOffenceCodes.all.map(\.code)
        #expect(Set(codes).count == codes.count)
        #expect(Set(HomeOfficeOffenceCodes.all.map(\.group)) == Set(OffenceGroup.allCases))
        for offence in HomeOfficeOffenceCodes.all {
            #expect(HomeOfficeOffenceCodes.offence(code: offence.code) == offence)
        }
    }
}
