/// Axis ticks at "nice" steps (1, 2 or 5 × 10ⁿ), computed without logarithms so every
/// platform gets the same values.
struct Ticks: Equatable {
    /// Tick values, lowest first; the first and last are the axis ends.
    var values: [Double]
    /// Decimals needed to write every tick exactly.
    var places: Int

    var lower: Double { values.first ?? 0 }
    var upper: Double { values.last ?? 1 }

    /// Ticks covering `low...high` with roughly `target` intervals. An empty or
    /// non-finite range becomes 0...1; a single value is widened to include zero.
    static func nice(covering low: Double, _ high: Double, target: Int = 5) -> Ticks {
        var low = low.isFinite ? low : 0
        var high = high.isFinite ? high : 1
        if low > high { swap(&low, &high) }
        if low == high {
            if low == 0 { high = 1 } else if low > 0 { low = 0 } else { high = 0 }
        }
        let span = high - low
        guard span.isFinite, span > 0 else { return Ticks(values: [low, high], places: 2) }
        let raw = span / Double(max(1, target))

        // Find exponent e with 10^e <= raw < 10^(e+1).
        var exponent = 0
        while power(exponent + 1) <= raw, exponent < 300 { exponent += 1 }
        while power(exponent) > raw, exponent > -300 { exponent -= 1 }
        let residual = raw / power(exponent)
        var mantissa: Double
        if residual <= 1 { mantissa = 1 } else if residual <= 2 { mantissa = 2 } else if residual <= 5 { mantissa = 5 } else {
            mantissa = 1
            exponent += 1
        }

        func value(_ index: Double) -> Double {
            // index × mantissa × 10^exponent, dividing by an exact power of ten when negative.
            exponent >= 0 ? index * mantissa * power(exponent) : index * mantissa / power(-exponent)
        }
        let step = value(1)
        let first = (low / step).rounded(.down)
        let last = (high / step).rounded(.up)
        guard first.isFinite, last.isFinite, last - first <= 100 else {
            return Ticks(values: [low, high], places: 2)
        }
        var values: [Double] = []
        var index = first
        while index <= last {
            values.append(value(index) == 0 ? 0 : value(index))
            index += 1
        }
        return Ticks(values: values, places: max(0, -exponent))
    }

    /// 10^exponent; exact for exponents up to 22.
    private static func power(_ exponent: Int) -> Double {
        var result = 1.0
        for _ in 0..<abs(exponent) { result *= 10 }
        return exponent >= 0 ? result : 1 / result
    }

    /// The tick labels, with thousands separated by commas.
    var labels: [String] { values.map { DecimalText.format($0, places: places, grouping: true) } }
}

/// A linear map from data values to positions.
struct LinearScale {
    var domain: (Double, Double)
    var range: (Double, Double)

    func callAsFunction(_ value: Double) -> Double {
        let span = domain.1 - domain.0
        guard span.isFinite, span != 0, value.isFinite else { return range.0 }
        let position = range.0 + (value - domain.0) / span * (range.1 - range.0)
        return position.isFinite ? position : range.0
    }
}

/// The finite members of `values`.
func finite(_ values: [Double?]) -> [Double] {
    values.compactMap { $0 }.filter(\.isFinite)
}

/// The value at `index` when it exists and is finite.
func finiteValue(_ values: [Double?]?, _ index: Int) -> Double? {
    guard let values, values.indices.contains(index), let value = values[index], value.isFinite else { return nil }
    return value
}
