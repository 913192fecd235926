/// A small legend: samples with their labels, flowed left to right and wrapped.
struct Legend {
    enum Sample: Equatable {
        case line(color: RGB, dash: String?, width: Double)
        case swatch(color: RGB, opacity: Double)
        case marker(shape: MarkerShape, fill: RGB, stroke: RGB)
    }

    struct Item: Equatable {
        var label: String
        var sample: Sample
    }

    static let rowHeight = 20.0
    static let sampleWidth = 24.0
    static let labelLimit = 40

    var items: [Item]

    /// Positions of the items, flowed in `x...x + width` from `y` (the first row's top).
    private func positions(x: Double, width: Double) -> [(x: Double, row: Int)] {
        var result: [(x: Double, row: Int)] = []
        var cursor = x
        var row = 0
        for item in items {
            let itemWidth = Self.sampleWidth + 6 + Text.width(Text.truncate(item.label, to: Self.labelLimit))
            if cursor > x, cursor + itemWidth > x + width {
                row += 1
                cursor = x
            }
            result.append((cursor, row))
            cursor += itemWidth + 18
        }
        return result
    }

    /// Height taken by the legend in `width`, including space below it; 0 when empty.
    func height(width: Double) -> Double {
        guard !items.isEmpty else { return 0 }
        let rows = (positions(x: 0, width: width).map(\.row).max() ?? 0) + 1
        return Double(rows) * Self.rowHeight + 6
    }

    func render(x: Double, y: Double, width: Double) -> [String] {
        guard !items.isEmpty else { return [] }
        let f = SVGNumber.format
        var lines: [String] = []
        for (item, position) in zip(items, positions(x: x, width: width)) {
            let middle = y + Double(position.row) * Self.rowHeight + Self.rowHeight / 2
            let left = position.x
            switch item.sample {
            case .line(let color, let dash, let width):
                var pairs: [(String, String)] = [
                    ("x1", f(left)), ("y1", f(middle)), ("x2", f(left + Self.sampleWidth)), ("y2", f(middle)),
                    ("stroke", color.hex), ("stroke-width", f(width)),
                ]
                if let dash { pairs.append(("stroke-dasharray", dash)) }
                lines.append(Markup.element("line", pairs))
            case .swatch(let color, let opacity):
                var pairs: [(String, String)] = [
                    ("x", f(left)), ("y", f(middle - 6)), ("width", f(Self.sampleWidth)), ("height", f(12)),
                    ("fill", color.hex),
                ]
                if opacity < 1 { pairs.append(("fill-opacity", f(opacity))) }
                lines.append(Markup.element("rect", pairs))
            case .marker(let shape, let fill, let stroke):
                lines.append(
                    shape.element(x: left + Self.sampleWidth / 2, y: middle, r: 5, fill: fill.hex, stroke: stroke.hex))
            }
            lines += Text.label(
                item.label, limit: Self.labelLimit, x: left + Self.sampleWidth + 6, y: middle + 4)
        }
        return Markup.group(["data-part": "legend"], lines)
    }
}
