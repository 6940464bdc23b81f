/// The definite article of a Dutch noun: *de* (common gender, and every plural) or *het* (neuter).
public enum NounArticle: String, CaseIterable, Sendable {
    case de
    case het
}
