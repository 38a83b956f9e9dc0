extension String {
    /// The text in double quotes with `"`, `\`, LF, CR and tab escaped as Swift and JSON both write
    /// them; `control` spells any other scalar that needs escaping (`nil` keeps it as it is).
    func quoted(escaping control: (Unicode.Scalar) -> String?) -> String {
        var result = "\""
        for scalar in unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default:
                if let escaped = control(scalar) { result += escaped } else { result.unicodeScalars.append(scalar) }
            }
        }
        return result + "\""
    }
}
