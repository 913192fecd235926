/// Text the report shares with the other pages sna writes.
public enum ReportContext {
    /// The licence line under every page (the report and the index of quarters).
    public static let attribution = "Contains public sector information licensed under the Open Government Licence v3.0."
}
