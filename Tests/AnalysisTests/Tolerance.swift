/// True when `actual` is within `relative` of `expected`, measured relative to
/// |expected|; an expected 0 must be met to within `relative` absolutely.
func isClose(_ actual: Double, _ expected: Double, relative: Double = 1e-9) -> Bool {
    if actual == expected { return true }
    if expected == 0 { return abs(actual) <= relative }
    return abs(actual - expected) <= relative * abs(expected)
}
