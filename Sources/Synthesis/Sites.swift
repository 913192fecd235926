/// Emergency departments and trauma receiving sites.
///
/// ILLUSTRATIVE: the codes are shaped like NHS trust site codes for Devon and Cornwall's
/// type 1 emergency departments, and residents are sent to the nearest one by district,
/// but neither the codes nor the catchments are authoritative. No real hospital's data
/// are represented.
public struct SyntheticSite: Sendable, Equatable {
    /// The emergency department's site code (`SITE_CODE_OF_TREATMENT`).
    public let code: String
    public let name: String
    /// The name this hospital goes by as a trauma unit in the major trauma extract.
    public let traumaUnit: String

    public static let derriford = SyntheticSite(code: "RK950", name: "Derriford Hospital, Plymouth", traumaUnit: "Derriford (Major Trauma Centre)")
    public static let royalDevonAndExeter = SyntheticSite(code: "RH801", name: "Royal Devon and Exeter Hospital", traumaUnit: "Royal Devon and Exeter (Trauma Unit)")
    public static let torbay = SyntheticSite(code: "RA901", name: "Torbay Hospital", traumaUnit: "Torbay (Trauma Unit)")
    public static let treliske = SyntheticSite(code: "REF12", name: "Royal Cornwall Hospital, Treliske", traumaUnit: "Royal Cornwall, Treliske (Trauma Unit)")
    public static let northDevon = SyntheticSite(code: "RBZ12", name: "North Devon District Hospital", traumaUnit: "North Devon District (Trauma Unit)")

    /// The major trauma centre receiving the most severely injured.
    public static let majorTraumaCentre = "Derriford (Major Trauma Centre)"

    /// Devon and Cornwall districts (2019 codes) and the emergency department their
    /// residents are taken to.
    public static let devonAndCornwall: [(district: String, site: SyntheticSite)] = [
        ("E06000026", derriford),          // Plymouth
        ("E06000027", torbay),             // Torbay
        ("E06000052", treliske),           // Cornwall
        ("E06000053", treliske),           // Isles of Scilly
        ("E07000040", royalDevonAndExeter), // East Devon
        ("E07000041", royalDevonAndExeter), // Exeter
        ("E07000042", royalDevonAndExeter), // Mid Devon
        ("E07000043", northDevon),         // North Devon
        ("E07000044", derriford),          // South Hams
        ("E07000045", torbay),             // Teignbridge
        ("E07000046", northDevon),         // Torridge
        ("E07000047", derriford),          // West Devon
    ]

    /// The emergency department for a district: Devon and Cornwall's from the table, and
    /// for any other force a made-up site per district (`XED` and the district's place
    /// in the force's list), whose major trauma centre is "Major Trauma Centre".
    static func site(forDistrict code: String, position: Int) -> SyntheticSite {
        if let match = devonAndCornwall.first(where: { $0.district == code }) { return match.site }
        let number = String(position + 1)
        let padded = String(repeating: "0", count: max(0, 2 - number.count)) + number
        return SyntheticSite(code: "XED" + padded, name: "Emergency department " + padded,
                             traumaUnit: "Hospital " + padded + " (Trauma Unit)")
    }

    static func majorTraumaCentre(forForce forceCode: String) -> String {
        forceCode == "E23000035" ? majorTraumaCentre : "Major Trauma Centre"
    }
}
