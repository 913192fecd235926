/// Quarterly forecasts of the two police violence series a serious violence
/// assessment projects; each is nil when the series cannot be forecast (fewer than 12
/// complete months).
public struct ViolenceForecasts: Sendable, Equatable {
    /// Police records of serious violence (the local offence-code definition), monthly.
    public var seriousViolence: ForecastResult?
    /// Police records in the Home Office "violence with injury" offence group
    /// (`OffenceGroup.violenceWithInjury`; homicide is not in it), monthly.
    public var violenceWithInjury: ForecastResult?
    /// The periods named as anomalous, whether or not they fall in the series.
    public var anomalies: [AnomalousPeriod] = []

    public init(seriousViolence: ForecastResult?, violenceWithInjury: ForecastResult?) {
        self.seriousViolence = seriousViolence
        self.violenceWithInjury = violenceWithInjury
    }
}
