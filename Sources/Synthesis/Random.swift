import Loaders

/// The seeded random number generator of the synthesis: xoshiro256** seeded through
/// SplitMix64, as published by Blackman and Vigna.
///
/// The system generator is never used, and neither are the standard library's
/// `random(in:using:)` helpers (their algorithms may change between Swift releases):
/// every draw goes through the integer and floating-point operations below, which are
/// exactly specified, so the same seed gives the same numbers on any machine.
public struct SeededGenerator: Sendable {
    private var s0: UInt64
    private var s1: UInt64
    private var s2: UInt64
    private var s3: UInt64

    /// A generator for `seed`; `stream` picks an independent sequence for one purpose
    /// (incidents, police recording, the emergency department...) so that changing how
    /// one stage draws leaves the others' numbers alone.
    public init(seed: UInt64, stream: UInt64 = 0) {
        var mixer = SplitMix64(state: seed ^ (stream &* 0xD1B5_4A32_D192_ED03))
        s0 = mixer.next()
        s1 = mixer.next()
        s2 = mixer.next()
        s3 = mixer.next()
        if s0 | s1 | s2 | s3 == 0 { s0 = 0x9E37_79B9_7F4A_7C15 }
    }

    @inline(__always)
    private static func rotateLeft(_ value: UInt64, _ count: UInt64) -> UInt64 {
        (value << count) | (value >> (64 - count))
    }

    /// The next 64 random bits.
    @inline(__always)
    public mutating func next() -> UInt64 {
        let result = Self.rotateLeft(s1 &* 5, 7) &* 9
        let t = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = Self.rotateLeft(s3, 45)
        return result
    }

    /// A uniform number in [0, 1) with 53 random bits.
    @inline(__always)
    public mutating func uniform() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    /// A uniform integer in 0 ..< bound (bound > 0), without modulo bias (Lemire's method).
    public mutating func integer(below bound: Int) -> Int {
        precondition(bound > 0, "bound must be positive")
        let range = UInt64(bound)
        var product = next().multipliedFullWidth(by: range)
        if product.low < range {
            let threshold = (0 &- range) % range
            while product.low < threshold {
                product = next().multipliedFullWidth(by: range)
            }
        }
        return Int(product.high)
    }

    /// A uniform integer in `range`.
    public mutating func integer(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + integer(below: range.upperBound - range.lowerBound + 1)
    }

    /// True with probability `probability`.
    @inline(__always)
    public mutating func chance(_ probability: Double) -> Bool {
        uniform() < probability
    }

    /// A standard normal draw (Marsaglia's polar method, with the deterministic logarithm).
    public mutating func normal() -> Double {
        while true {
            let u = 2 * uniform() - 1
            let v = 2 * uniform() - 1
            let s = u * u + v * v
            if s > 0 && s < 1 {
                return u * (-2 * DeterministicMath.log(s) / s).squareRoot()
            }
        }
    }

    /// One of `weights`' indices, with probability proportional to its weight.
    public mutating func pick(_ weights: [Double]) -> Int {
        var total = 0.0
        for weight in weights { total += weight }
        var target = uniform() * total
        var index = 0
        while index < weights.count {
            target -= weights[index]
            if target < 0 { return index }
            index += 1
        }
        // Rounding left a sliver past the last positive weight.
        return weights.lastIndex { $0 > 0 } ?? 0
    }
}

/// A categorical distribution over many outcomes, drawn by binary search over the
/// running totals of the weights.
struct CumulativeTable: Sendable {
    private(set) var cumulative: [Double]

    init(_ weights: [Double]) {
        var running = 0.0
        cumulative = weights.map { weight in
            running += max(0, weight)
            return running
        }
    }

    var total: Double { cumulative.last ?? 0 }
    var count: Int { cumulative.count }

    /// The weight of outcome `index`.
    func weight(_ index: Int) -> Double {
        index == 0 ? cumulative[0] : cumulative[index] - cumulative[index - 1]
    }

    /// An outcome drawn with probability proportional to its weight (total must be > 0).
    func draw(_ random: inout SeededGenerator) -> Int {
        let target = random.uniform() * total
        var low = 0
        var high = cumulative.count - 1
        while low < high {
            let middle = (low + high) / 2
            if cumulative[middle] > target { high = middle } else { low = middle + 1 }
        }
        // Skip zero-weight outcomes that share the running total at a rounding boundary.
        while low > 0 && weight(low) == 0 { low -= 1 }
        return low
    }
}

/// Exponential and logarithm from additions, multiplications and divisions only.
///
/// The platform `exp` and `log` may differ in the last bit between C libraries; these
/// use only correctly rounded IEEE 754 operations in a fixed order, so weights built
/// from them, and so every draw that depends on the weights, are the same everywhere.
public enum DeterministicMath {
    private static let ln2 = 0.693_147_180_559_945_3

    /// e to the power x (accurate to a few units in the last place).
    public static func exp(_ x: Double) -> Double {
        guard x.isFinite else { return x > 0 ? .infinity : 0 }
        if x > 709 { return .infinity }
        if x < -745 { return 0 }
        let k = (x / ln2).rounded()
        let r = x - k * ln2
        // Taylor series of e^r for |r| <= ln 2 / 2, to well beyond double precision.
        var term = 1.0
        var sum = 1.0
        for n in 1...22 {
            term = term * r / Double(n)
            sum += term
        }
        return scale(sum, by: Int(k))
    }

    /// The natural logarithm of x (x > 0).
    public static func log(_ x: Double) -> Double {
        guard x > 0 else { return x == 0 ? -.infinity : .nan }
        guard x.isFinite else { return x }
        var exponent = Int(x.exponent)
        var mantissa = x.significand // in [1, 2)
        if mantissa > 1.414_213_562_373_095_1 {
            mantissa /= 2
            exponent += 1
        }
        // log m = 2 atanh s, s = (m - 1) / (m + 1), |s| < 0.172.
        let s = (mantissa - 1) / (mantissa + 1)
        let s2 = s * s
        var power = s
        var sum = 0.0
        for n in stride(from: 1, through: 41, by: 2) {
            sum += power / Double(n)
            power *= s2
        }
        return Double(exponent) * ln2 + 2 * sum
    }

    /// base to the power x (base > 0).
    public static func pow(_ base: Double, _ x: Double) -> Double {
        exp(x * log(base))
    }

    /// value * 2^k, in steps that stay exact.
    private static func scale(_ value: Double, by k: Int) -> Double {
        var result = value
        var remaining = k
        while remaining > 1000 { result *= 0x1p1000; remaining -= 1000 }
        while remaining < -1000 { result *= 0x1p-1000; remaining += 1000 }
        return result * Double(sign: .plus, exponent: remaining, significand: 1)
    }
}
