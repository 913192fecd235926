/// Events by deprivation decile of the small area (LSOA) they fell in, and the ratio
/// between the most and least deprived tenths.
///
/// Deciles come from the national IMD rank (1 = most deprived of R areas):
/// decile = ⌈10 × rank / R⌉, computed in integers, so decile 1 is rank ≤ R/10 and
/// decile 10 ends at rank R. For England's 32,844 LSOAs (IMD 2019) that puts ranks
/// 1–3,284 in decile 1 and 3,285–6,568 in decile 2. Where a published decile column
/// is available and splits a boundary rank differently, a caller who needs to match
/// it exactly should pass ranks consistent with it; the difference is at most one
/// LSOA per boundary.
///
/// Rates: when every area has a population, each decile gets a crude rate per 1,000
/// with Poisson limits (`Rates.crudeRate`), and decile 1 is compared with decile 10
/// by `RateRatios.compare`. If any population is missing, no rates are made (a
/// rate over part of a decile's population would be biased) and the comparison is
/// of mean events per LSOA instead, by `RateRatios.compare` with the number of LSOAs
/// as the denominator; this leans on LSOAs having similar populations (about 1,500
/// residents each by design), so it is a weaker comparison, and `basis` says which
/// was used.
/// References: Ministry of Housing, Communities and Local Government (2019). The
/// English Indices of Deprivation 2019: technical report; Breslow & Day (1987),
/// vol. II; Rothman, Greenland & Lash (2008), Modern Epidemiology, ch. 14.
public enum DeprivationGradient {
    /// One small area's IMD rank, events and (optionally) population.
    public struct Area: Sendable, Equatable {
        /// National IMD rank, 1 = most deprived.
        public var rank: Int
        /// Events in the area.
        public var count: Int
        /// Residents, or nil when not known.
        public var population: Double?

        public init(rank: Int, count: Int, population: Double? = nil) {
            self.rank = rank
            self.count = count
            self.population = population
        }
    }

    /// What the decile figures and the decile 1 : decile 10 ratio are based on.
    public enum Basis: String, Sendable, Equatable, Codable {
        /// Events per 1,000 residents.
        case ratePerThousand = "rate per 1,000"
        /// Mean events per LSOA, used when populations are missing.
        case meanPerArea = "mean per LSOA"
    }

    public struct Decile: Sendable, Equatable {
        /// 1 (most deprived) to 10 (least deprived).
        public var decile: Int
        /// Areas passed in that fall in this decile.
        public var areas: Int
        /// Events in those areas.
        public var count: Int
        /// Their summed population; nil when the basis is mean per LSOA.
        public var population: Double?
        /// Rate per 1,000 with Poisson limits; nil when the basis is mean per LSOA or
        /// the decile has no population.
        public var rate: Estimate?
        /// count / areas; nil when the decile has no areas.
        public var meanPerArea: Double?

        public init(decile: Int, areas: Int, count: Int, population: Double?, rate: Estimate?, meanPerArea: Double?) {
            self.decile = decile
            self.areas = areas
            self.count = count
            self.population = population
            self.rate = rate
            self.meanPerArea = meanPerArea
        }
    }

    public struct Result: Sendable, Equatable {
        public var basis: Basis
        /// Always ten entries, decile 1 first; deciles with no areas have zeros.
        public var deciles: [Decile]
        /// Decile 1 over decile 10 (rate or mean per LSOA, per `basis`); nil when
        /// either decile has no areas or no events.
        public var mostToLeastDeprived: RateRatio?

        public init(basis: Basis, deciles: [Decile], mostToLeastDeprived: RateRatio?) {
            self.basis = basis
            self.deciles = deciles
            self.mostToLeastDeprived = mostToLeastDeprived
        }
    }

    /// Decile 1...10 of a rank out of `totalRanks`: ⌈10 × rank / totalRanks⌉; nil
    /// when the rank is outside 1...totalRanks.
    public static func decile(rank: Int, totalRanks: Int) -> Int? {
        guard totalRanks > 0, (1...totalRanks).contains(rank) else { return nil }
        // Checked: a rank read from a file must never trap the program.
        let (tenfold, overflow1) = rank.multipliedReportingOverflow(by: 10)
        let (sum, overflow2) = tenfold.addingReportingOverflow(totalRanks - 1)
        guard !overflow1, !overflow2 else { return nil }
        return sum / totalRanks
    }

    /// Figures by decile for the given areas, ranked out of `totalRanks` (32,844 for
    /// English LSOAs in IMD 2019; 1,909 for Welsh LSOAs in WIMD 2019).
    ///
    /// Returns nil for no areas, a rank outside 1...totalRanks, a negative count, a
    /// population that is not positive and finite, or a confidence outside (0, 1).
    public static func analyse(
        areas: [Area], totalRanks: Int, multiplier: Double = 1000, confidence: Double = 0.95
    ) -> Result? {
        guard !areas.isEmpty, confidence > 0, confidence < 1 else { return nil }
        var areaCounts = [Int](repeating: 0, count: 10)
        var counts = [Int](repeating: 0, count: 10)
        var populations = [Double](repeating: 0, count: 10)
        var allPopulations = true
        for area in areas {
            guard let decile = decile(rank: area.rank, totalRanks: totalRanks), area.count >= 0 else { return nil }
            if let population = area.population {
                guard population > 0, population.isFinite else { return nil }
                populations[decile - 1] += population
            } else {
                allPopulations = false
            }
            areaCounts[decile - 1] += 1
            counts[decile - 1] += area.count
        }
        let basis: Basis = allPopulations ? .ratePerThousand : .meanPerArea

        let deciles = (0..<10).map { slot in
            let areas = areaCounts[slot]
            let population: Double? = basis == .ratePerThousand && areas > 0 ? populations[slot] : nil
            let rate = population.flatMap {
                Rates.crudeRate(count: counts[slot], denominator: $0, multiplier: multiplier, confidence: confidence)
            }
            return Decile(
                decile: slot + 1, areas: areas, count: counts[slot], population: population,
                rate: rate, meanPerArea: areas > 0 ? Double(counts[slot]) / Double(areas) : nil
            )
        }

        let most = deciles[0]
        let least = deciles[9]
        let ratio: RateRatio?
        switch basis {
        case .ratePerThousand:
            if let mostPopulation = most.population, let leastPopulation = least.population {
                ratio = RateRatios.compare(
                    countA: most.count, denominatorA: mostPopulation,
                    countB: least.count, denominatorB: leastPopulation, confidence: confidence)
            } else {
                ratio = nil
            }
        case .meanPerArea:
            ratio = most.areas > 0 && least.areas > 0
                ? RateRatios.compare(
                    countA: most.count, denominatorA: Double(most.areas),
                    countB: least.count, denominatorB: Double(least.areas), confidence: confidence)
                : nil
        }
        return Result(basis: basis, deciles: deciles, mostToLeastDeprived: ratio)
    }
}
