/// Collects what a session's code prints, and passes it on as it comes when asked to.
final class OutputCapture {
    private(set) var text = ""
    /// Where printed text goes as it is printed (a REPL's terminal), while ``isLive``.
    let live: ((String) -> Void)?
    var isLive = false

    init(live: ((String) -> Void)?) {
        self.live = live
    }

    /// Starts a new run's output.
    func begin(live: Bool) {
        text = ""
        isLive = live
    }

    func write(_ part: String) {
        text += part
        if isLive { live?(part) }
    }
}
