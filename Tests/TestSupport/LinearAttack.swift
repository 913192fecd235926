/// What a reader could work out from published counts and the sums they obey: an
/// attacker written independently of the report's disclosure code, to audit it.
///
/// Unknowns are the unpublished counts. Each equation is a list of (unknown, coefficient)
/// pairs; the constant side does not matter for whether an unknown is fixed. An unknown is
/// fixed when every solution of the homogeneous system has it at zero, which holds
/// exactly when deleting its column lowers the rank of the system by one. Ranks are taken
/// over the integers modulo a large prime, with exact arithmetic (the report's code uses
/// floating-point elimination over the rationals; this is a second, different method).
public enum LinearAttack {
    static let prime: Int64 = 2_147_483_647

    /// The unknowns (0..<unknowns) whose value the equations fix.
    public static func fixedUnknowns(_ unknowns: Int, equations: [[(Int, Int)]]) -> [Int] {
        let matrix = equations.map { equation -> [Int64] in
            var row = [Int64](repeating: 0, count: unknowns)
            for (unknown, coefficient) in equation { row[unknown] = mod(row[unknown] + Int64(coefficient)) }
            return row
        }
        let full = rank(matrix)
        return (0..<unknowns).filter { column in
            rank(matrix.map { row in row.enumerated().filter { $0.offset != column }.map(\.element) }) == full - 1
        }
    }

    static func mod(_ value: Int64) -> Int64 { ((value % prime) + prime) % prime }

    static func power(_ base: Int64, _ exponent: Int64) -> Int64 {
        var result: Int64 = 1, base = mod(base), exponent = exponent
        while exponent > 0 {
            if exponent & 1 == 1 { result = result * base % prime }
            base = base * base % prime
            exponent >>= 1
        }
        return result
    }

    static func rank(_ start: [[Int64]]) -> Int {
        var rows = start
        guard let width = rows.first?.count else { return 0 }
        var rank = 0
        for column in 0..<width where rank < rows.count {
            guard let pivot = (rank..<rows.count).first(where: { rows[$0][column] != 0 }) else { continue }
            rows.swapAt(rank, pivot)
            let inverse = power(rows[rank][column], prime - 2)
            for other in (rank + 1)..<rows.count where rows[other][column] != 0 {
                let factor = rows[other][column] * inverse % prime
                for index in column..<width { rows[other][index] = mod(rows[other][index] - factor * rows[rank][index] % prime) }
            }
            rank += 1
        }
        return rank
    }
}
