/// Ordinary least squares for the small, well-conditioned designs of the forecast
/// models (a few dozen rows, a dozen columns).
///
/// Method: the normal equations XᵀX β = Xᵀy solved by Cholesky factorisation, with
/// (XᵀX)⁻¹ formed from the factor for prediction variances. The normal equations
/// square the condition number, which is harmless here because callers centre and
/// scale the time column and use 0/1 season dummies.
/// Reference: Golub GH, Van Loan CF (2013). Matrix Computations, 4th edn, §4.2 and
/// §5.3. Johns Hopkins University Press.
enum LeastSquares {
    struct Fit: Sendable, Equatable {
        var coefficients: [Double]
        /// (XᵀX)⁻¹.
        var inverseGram: [[Double]]
        var residualSumOfSquares: Double
    }

    /// nil when X has fewer rows than columns or is (numerically) rank deficient.
    static func fit(design x: [[Double]], response y: [Double]) -> Fit? {
        let rows = x.count
        guard rows == y.count, let columns = x.first?.count, columns > 0, rows >= columns else { return nil }
        var gram = Array(repeating: Array(repeating: 0.0, count: columns), count: columns)
        var moment = Array(repeating: 0.0, count: columns)
        for r in 0..<rows {
            for i in 0..<columns {
                moment[i] += x[r][i] * y[r]
                for j in 0...i { gram[i][j] += x[r][i] * x[r][j] }
            }
        }
        for i in 0..<columns { for j in 0..<i { gram[j][i] = gram[i][j] } }
        guard let factor = cholesky(gram) else { return nil }
        let coefficients = solve(factor, moment)
        let inverse = (0..<columns).map { column -> [Double] in
            var unit = Array(repeating: 0.0, count: columns)
            unit[column] = 1
            return solve(factor, unit)
        }
        var rss = 0.0
        for r in 0..<rows {
            var prediction = 0.0
            for i in 0..<columns { prediction += x[r][i] * coefficients[i] }
            rss += (y[r] - prediction) * (y[r] - prediction)
        }
        return Fit(coefficients: coefficients, inverseGram: inverse, residualSumOfSquares: rss)
    }

    /// Lower-triangular L with LLᵀ = A; nil when A is not positive definite to
    /// working precision.
    private static func cholesky(_ a: [[Double]]) -> [[Double]]? {
        let n = a.count
        var l = Array(repeating: Array(repeating: 0.0, count: n), count: n)
        for i in 0..<n {
            for j in 0...i {
                var sum = a[i][j]
                for k in 0..<j { sum -= l[i][k] * l[j][k] }
                if i == j {
                    // Relative threshold: a pivot this small means a column is a
                    // combination of the others (e.g. a season with no months).
                    guard sum > 1e-10 * max(1, a[i][i]) else { return nil }
                    l[i][i] = sum.squareRoot()
                } else {
                    l[i][j] = sum / l[j][j]
                }
            }
        }
        return l
    }

    /// Solves LLᵀx = b.
    private static func solve(_ l: [[Double]], _ b: [Double]) -> [Double] {
        let n = b.count
        var z = b
        for i in 0..<n {
            for k in 0..<i { z[i] -= l[i][k] * z[k] }
            z[i] /= l[i][i]
        }
        for i in stride(from: n - 1, through: 0, by: -1) {
            for k in (i + 1)..<n { z[i] -= l[k][i] * z[k] }
            z[i] /= l[i][i]
        }
        return z
    }
}
