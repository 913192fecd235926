import Loaders

/// What concentration chance alone gives: the Gini coefficient and top shares expected
/// if every place had the same risk.
///
/// Few events spread over many places are unequal by chance: 599 offences over 1,034
/// LSOAs is 0.58 each, so most LSOAs have none and some have two or three, and the Gini
/// of such counts is about 0.64 even when every LSOA has the same risk. Observed
/// concentration means something only beyond that.
///
/// Method: the equal-risk model puts the same total of events into the same number of
/// places, each event independently and with the same probability for every place
/// (multinomial with equal probabilities, which is a Poisson model conditioned on the
/// observed total). `simulations` draws from a seeded generator (SplitMix64) give the
/// mean of the Gini and of each top share, and the 2.5th and 97.5th percentiles of each.
/// Violence is called concentrated only when the observed value lies above the 97.5th
/// percentile: a one-sided test at the 2.5% level. The seed is fixed, so the same
/// counts always give the same values.
/// Reference: Bernasco W, Steenbeek W (2017). More places than crimes: implications for
/// evaluating the law of crime concentration at place. J Quant Criminol 33:451–467.
extension Concentration {
    /// A value under the equal-risk model: its mean over the simulations, and the middle 95%.
    public struct ChanceRange: Sendable, Equatable {
        public var mean: Double
        /// 2.5th percentile of the simulated values.
        public var lower: Double
        /// 97.5th percentile of the simulated values.
        public var upper: Double

        public init(mean: Double, lower: Double, upper: Double) {
            self.mean = mean
            self.lower = lower
            self.upper = upper
        }

        /// True when an observed value lies above what chance gives 97.5% of the time.
        public func isExceeded(by observed: Double) -> Bool { observed > upper }
    }

    /// The Gini and top shares expected under equal risk, with the same places and total.
    public struct EqualRisk: Sendable, Equatable {
        public var simulations: Int
        public var seed: UInt64
        public var gini: ChanceRange
        /// One per top share, in the same order as `Result.topShares`.
        public var topShares: [ChanceRange]

        public init(simulations: Int, seed: UInt64, gini: ChanceRange, topShares: [ChanceRange]) {
            self.simulations = simulations
            self.seed = seed
            self.gini = gini
            self.topShares = topShares
        }
    }

    /// The default number of simulations, and the seed.
    public static let equalRiskSimulations = 1000
    public static let equalRiskSeed: UInt64 = 20_201_112

    /// Concentration under equal risk of `total` events over `places` places; nil when
    /// there are no places, no events, fewer than 20 simulations or a percentage outside
    /// 1...100.
    ///
    /// Each simulation draws every event's place and sums every place, so the work is
    /// `(total + places) × simulations`; above 20 million steps the number of simulations
    /// is cut (never below 100) so that a large force still takes a fraction of a second.
    /// The cut depends on the total and the places alone, so the same counts still give the
    /// same result.
    public static func equalRisk(
        places: Int, total: Int, percents: [Int] = defaultPercents,
        simulations requested: Int = equalRiskSimulations, seed: UInt64 = equalRiskSeed
    ) -> EqualRisk? {
        guard places > 0, total > 0, requested >= 20, percents.allSatisfy({ (1...100).contains($0) }) else { return nil }
        let simulations = max(min(requested, 100), min(requested, 20_000_000 / (total + places)))
        let topPlaces = percents.map { max(1, (places * $0 + 99) / 100) }
        var generator = SplitMix64(seed: seed)
        var ginis: [Double] = []
        var shares = [[Double]](repeating: [], count: percents.count)
        ginis.reserveCapacity(simulations)
        var counts = [Int](repeating: 0, count: places)
        for _ in 0..<simulations {
            for index in counts.indices { counts[index] = 0 }
            for _ in 0..<total { counts[Int(generator.next(upperBound: UInt64(places)))] += 1 }
            let summary = summarise(counts, total: total, topPlaces: topPlaces)
            ginis.append(summary.gini)
            for (index, share) in summary.topShares.enumerated() { shares[index].append(share) }
        }
        return EqualRisk(simulations: simulations, seed: seed, gini: range(ginis), topShares: shares.map(range))
    }

    /// The Gini and top shares of one set of counts, from a histogram of the counts (they
    /// are small integers), so that no simulation sorts its places.
    static func summarise(_ counts: [Int], total: Int, topPlaces: [Int]) -> (gini: Double, topShares: [Double]) {
        var frequency = [Int](repeating: 0, count: (counts.max() ?? 0) + 1)
        for count in counts { frequency[count] += 1 }
        let values = frequency.indices.filter { frequency[$0] > 0 }
        let n = Double(counts.count)
        let totalValue = Double(total)
        // Ascending ranks p+1 ... p+f share the value v: Σ rank = f·p + f(f + 1)/2.
        var weightedSum = 0.0
        var position = 0
        for value in values {
            let f = frequency[value]
            weightedSum += Double(value) * (Double(f) * Double(position) + Double(f) * Double(f + 1) / 2)
            position += f
        }
        let gini = max(0, 2 * weightedSum / (n * totalValue) - (n + 1) / n)
        let topShares = topPlaces.map { wanted -> Double in
            var left = wanted
            var sum = 0
            for value in values.reversed() where left > 0 {
                let taken = min(left, frequency[value])
                sum += taken * value
                left -= taken
            }
            return Double(sum) / totalValue
        }
        return (gini, topShares)
    }

    /// Mean and the 2.5th and 97.5th percentiles (the nearest-rank method).
    static func range(_ values: [Double]) -> ChanceRange {
        let sorted = values.sorted()
        guard let first = sorted.first else { return ChanceRange(mean: 0, lower: 0, upper: 0) }
        func percentile(_ p: Double) -> Double {
            let rank = Int((p * Double(sorted.count)).rounded(.up))
            return sorted[min(sorted.count - 1, max(0, rank - 1))]
        }
        let mean = sorted.reduce(0, +) / Double(sorted.count)
        return ChanceRange(mean: mean, lower: sorted.count == 1 ? first : percentile(0.025), upper: percentile(0.975))
    }
}
