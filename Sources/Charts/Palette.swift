/// An sRGB colour with 8-bit channels.
public struct RGB: Sendable, Equatable, Hashable {
    public var red: UInt8
    public var green: UInt8
    public var blue: UInt8

    public init(_ red: UInt8, _ green: UInt8, _ blue: UInt8) {
        self.red = red
        self.green = green
        self.blue = blue
    }

    /// `#rrggbb`, lower case.
    public var hex: String {
        "#" + [red, green, blue].map { channel in
            let digits = Array("0123456789abcdef")
            return String([digits[Int(channel / 16)], digits[Int(channel % 16)]])
        }.joined()
    }

    /// The colour mixed with `other`: `share` 0 gives `self`, 1 gives `other`.
    /// Channels are rounded half away from zero.
    public func mixed(with other: RGB, share: Double) -> RGB {
        let t = share.isFinite ? max(0, min(1, share)) : 0
        func channel(_ a: UInt8, _ b: UInt8) -> UInt8 {
            let value = (Double(a) + (Double(b) - Double(a)) * t).rounded(.toNearestOrAwayFromZero)
            return UInt8(max(0, min(255, value)))
        }
        return RGB(channel(red, other.red), channel(green, other.green), channel(blue, other.blue))
    }
}

/// The colours, dash patterns and marker shapes every chart uses.
///
/// Categorical series use the Okabe–Ito palette, which stays distinguishable for the common
/// forms of colour blindness; yellow is left out because it is too light on white. Colours
/// alone never carry meaning: series also differ by dash pattern, and interval-chart rows by
/// marker shape, so charts still read when printed in grayscale.
public enum Palette {
    /// Body text: about 17:1 against white (WCAG AA needs 4.5:1).
    public static let text = RGB(0x1a, 0x1a, 0x1a)
    /// Tick labels and notes: about 8:1 against white.
    public static let secondaryText = RGB(0x4d, 0x4d, 0x4d)
    /// Axis lines, reference lines and whiskers: about 7:1 against white.
    public static let axis = RGB(0x59, 0x59, 0x59)
    /// Light grid lines behind the data.
    public static let grid = RGB(0xe0, 0xe0, 0xe0)
    /// Zebra striping of interval-chart rows.
    public static let stripe = RGB(0xf3, 0xf3, 0xf3)
    public static let white = RGB(0xff, 0xff, 0xff)

    /// Okabe–Ito, ordered so that the colours with the most contrast on white come first:
    /// blue, vermillion, bluish green, reddish purple, orange, sky blue.
    public static let categorical: [RGB] = [
        RGB(0x00, 0x72, 0xb2),
        RGB(0xd5, 0x5e, 0x00),
        RGB(0x00, 0x9e, 0x73),
        RGB(0xcc, 0x79, 0xa7),
        RGB(0xe6, 0x9f, 0x00),
        RGB(0x56, 0xb4, 0xe9),
    ]

    /// Dash patterns paired with the categorical colours (nil is a solid line). There is one
    /// more pattern than colours, so colour and pattern repeat together only after 42 series.
    public static let dashes: [String?] = [nil, "7 4", "2 3", "9 3 2 3", "4 2", "12 3 2 3 2 3", "1 5"]

    /// The colour of the `index`-th series.
    public static func color(_ index: Int) -> RGB { categorical[index % categorical.count] }

    /// The dash pattern of the `index`-th series.
    public static func dash(_ index: Int) -> String? { dashes[index % dashes.count] }
}

/// A single-hue sequential scale from very light blue to dark navy (ColorBrewer "Blues").
///
/// Every channel falls (or stays) from one stop to the next, so colours interpolated between
/// stops get darker as the value rises: relative luminance falls monotonically from about
/// 0.96 to about 0.03, and the order survives grayscale printing.
public enum SequentialScale {
    public static let stops: [RGB] = [
        RGB(0xf7, 0xfb, 0xff), RGB(0xde, 0xeb, 0xf7), RGB(0xc6, 0xdb, 0xef),
        RGB(0x9e, 0xca, 0xe1), RGB(0x6b, 0xae, 0xd6), RGB(0x42, 0x92, 0xc6),
        RGB(0x21, 0x71, 0xb5), RGB(0x08, 0x51, 0x9c), RGB(0x08, 0x30, 0x6b),
    ]

    /// The colour at `fraction` of the way along the scale (clamped to 0...1; NaN is 0).
    public static func color(at fraction: Double) -> RGB {
        let t = fraction.isFinite ? max(0, min(1, fraction)) : 0
        let position = t * Double(stops.count - 1)
        let lower = min(Int(position.rounded(.down)), stops.count - 2)
        return stops[lower].mixed(with: stops[lower + 1], share: position - Double(lower))
    }
}

/// Shapes that mark points, so that categories differ by form as well as colour.
public enum MarkerShape: Sendable, Equatable {
    case circle, square, diamond, triangleUp, triangleDown

    /// The shape centred on (`x`, `y`) with half-size `r`, filled with `fill` and outlined
    /// with `stroke`; `title` becomes its tooltip.
    func element(x: Double, y: Double, r: Double, fill: String, stroke: String, title: String? = nil) -> String {
        let f = SVGNumber.format
        switch self {
        case .circle:
            return Markup.element(
                "circle", ["cx": f(x), "cy": f(y), "r": f(r), "fill": fill, "stroke": stroke, "stroke-width": "1.5"],
                title: title)
        case .square:
            let side = r * 1.7
            return Markup.element(
                "rect",
                [
                    "x": f(x - side / 2), "y": f(y - side / 2), "width": f(side), "height": f(side), "fill": fill,
                    "stroke": stroke, "stroke-width": "1.5",
                ], title: title)
        case .diamond, .triangleUp, .triangleDown:
            let points: [(Double, Double)]
            switch self {
            case .diamond: points = [(x, y - r * 1.3), (x + r * 1.3, y), (x, y + r * 1.3), (x - r * 1.3, y)]
            case .triangleUp: points = [(x, y - r * 1.3), (x + r * 1.2, y + r * 0.8), (x - r * 1.2, y + r * 0.8)]
            default: points = [(x, y + r * 1.3), (x + r * 1.2, y - r * 0.8), (x - r * 1.2, y - r * 0.8)]
            }
            let d = "M" + points.map { "\(f($0.0)) \(f($0.1))" }.joined(separator: " L") + " Z"
            return Markup.element(
                "path", ["d": d, "fill": fill, "stroke": stroke, "stroke-width": "1.5", "stroke-linejoin": "round"],
                title: title)
        }
    }
}
