/// A section's template context as a struct the compiler checks: each stored property is
/// a name the templates can use, in snake case (`crimesYear` is `{{crimes_year}}`,
/// `shareMale18To36` is `{{share_male_18_to_36}}`).
///
/// Values may be `String`, `Bool`, a table's Markdown, another `TemplateValues` (for
/// `{{#section}}...{{/section}}` over an object), an array of them (a list), or an
/// optional of these: `nil` becomes `false`, which hides a section. Give plain text a
/// default rather than making it optional, so that missing data never leave a name
/// without a value.
public protocol TemplateValues {}

extension TemplateValues {
    /// The one conversion point from typed values to what swift-mustache and the
    /// template check take: names in snake case, values converted as described above.
    public func templateDictionary() -> [String: Any] {
        var values: [String: Any] = [:]
        for child in Mirror(reflecting: self).children {
            guard let label = child.label else { continue }
            values[TemplateName.snakeCase(label)] = TemplateName.value(child.value)
        }
        return values
    }
}

enum TemplateName {
    /// `crimesYear` → `crimes_year`; `shareMale18To36` → `share_male_18_to_36`.
    static func snakeCase(_ name: String) -> String {
        var result = ""
        var previous: Character?
        for character in name {
            if character.isUppercase {
                result += "_" + character.lowercased()
            } else if character.isNumber, let previous, !previous.isNumber {
                result += "_" + String(character)
            } else {
                result.append(character)
            }
            previous = character
        }
        return result
    }

    static func value(_ value: Any) -> Any {
        let mirror = Mirror(reflecting: value)
        if mirror.displayStyle == .optional {
            guard let wrapped = mirror.children.first?.value else { return false }
            return self.value(wrapped)
        }
        if let values = value as? TemplateValues { return values.templateDictionary() }
        if let list = value as? [Any] { return list.map(self.value) }
        return value
    }
}
