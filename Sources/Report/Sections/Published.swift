/// A finding's row as published: the finding itself, its count after disclosure control
/// (nil when suppressed), and whether the values built on that count (rates, shares,
/// means) are withheld with it. Tables whose rows are one finding and one count use it.
struct Published<Finding> {
    var finding: Finding
    var count: Int?
    var hidden: Bool
}
