import Foundation
#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Parses SVG output as XML and collects what the tests look at.
final class SVGInspection: NSObject, XMLParserDelegate {
    struct Element {
        var name: String
        var attributes: [String: String]
    }

    private(set) var elements: [Element] = []
    private(set) var error: Error?
    private var texts: [String: String] = [:]
    private var currentID: String?
    /// Text content of elements with an id, by id.
    var textByID: [String: String] { texts }

    init(_ svg: String) {
        super.init()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = self
        if !parser.parse() { error = parser.parserError ?? NSError(domain: "SVGInspection", code: 1) }
    }

    var root: Element? { elements.first }

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String]
    ) {
        elements.append(Element(name: name, attributes: attributes))
        currentID = attributes["id"]
        if let currentID { texts[currentID] = "" }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if let currentID { texts[currentID, default: ""] += string }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        currentID = nil
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
        error = parseError
    }
}

/// WCAG relative luminance of an sRGB colour given as `#rrggbb`.
func relativeLuminance(_ hex: String) -> Double {
    let digits = Array(hex.dropFirst())
    func channel(_ offset: Int) -> Double {
        let value = Double(Int(String(digits[offset..<offset + 2]), radix: 16) ?? 0) / 255
        return value <= 0.04045 ? value / 12.92 : pow((value + 0.055) / 1.055, 2.4)
    }
    return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4)
}

/// WCAG contrast ratio of two colours.
func contrast(_ a: String, _ b: String) -> Double {
    let (x, y) = (relativeLuminance(a), relativeLuminance(b))
    return (max(x, y) + 0.05) / (min(x, y) + 0.05)
}
