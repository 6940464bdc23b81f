/// A compiled function (or a top-level program): its code and what the code refers to.
final class Proto: @unchecked Sendable {
    let name: String
    let source: SourceFile
    @exclusivity(unchecked) var code: [Instruction] = []
    /// The source range of each instruction, for error messages.
    @exclusivity(unchecked) var ranges: [SourceRange] = []
    @exclusivity(unchecked) var constants: [Value] = []
    /// Number literals used directly by fused instructions.
    @exclusivity(unchecked) var numbers: [Double] = []
    @exclusivity(unchecked) var protos: [Proto] = []
    @exclusivity(unchecked) var callSites: [CallSite] = []
    @exclusivity(unchecked) var methodSites: [MethodSite] = []
    @exclusivity(unchecked) var places: [Place] = []
    @exclusivity(unchecked) var names: [String] = []
    @exclusivity(unchecked) var recordShapes: [[String]] = []
    @exclusivity(unchecked) var formats: [NumberFormat] = []
    @exclusivity(unchecked) var parameterNames: [String] = [] {
        didSet { parameterCount = parameterNames.count }
    }
    @exclusivity(unchecked) private(set) var parameterCount = 0
    /// Registers the frame needs: locals, then temporaries.
    @exclusivity(unchecked) var registerCount = 0
    /// The names of the local registers (their count is what the VM uses).
    @exclusivity(unchecked) var localNames: [String] = [] {
        didSet { localCount = localNames.count }
    }
    @exclusivity(unchecked) private(set) var localCount = 0
    /// For each own cell: the register of the parameter it starts from, or nil.
    @exclusivity(unchecked) var cellParameters: [Reg?] = []
    /// The names of the cells and captures, for messages.
    @exclusivity(unchecked) var cellNames: [String] = []
    @exclusivity(unchecked) var captureNames: [String] = []
    /// Where each capture of a closure made from this proto comes from in the enclosing frame.
    @exclusivity(unchecked) var captureSources: [CaptureSource] = []
    /// How many parameters have defaults; their values are computed in the
    /// defining frame, in the registers from ``defaultsRegister`` on.
    @exclusivity(unchecked) var defaultCount = 0
    @exclusivity(unchecked) var defaultsRegister: Reg = 0

    /// What the VM reads on every instruction and call, made once compiling ends
    /// (``seal()``): raw buffers and counts, so the VM switches between
    /// functions without reference counting.
    @exclusivity(unchecked) private(set) var bytecode = Bytecode()
    private var sealed = false

    init(name: String, source: SourceFile) {
        self.name = name
        self.source = source
    }

    /// Copies the finished code into the raw buffers the VM runs.
    func seal() {
        precondition(!sealed, "a proto is sealed once")
        sealed = true
        bytecode.deallocate()
        bytecode = Bytecode(
            instructions: .allocate(capacity: max(1, code.count)),
            constants: .allocate(capacity: max(1, constants.count)),
            numbers: .allocate(capacity: max(1, numbers.count)),
            callShapes: .allocate(capacity: max(1, callSites.count)),
            registerCount: registerCount,
            parameterCount: parameterCount,
            localCount: localCount,
            hasCells: !cellParameters.isEmpty,
            hasCaptures: !captureSources.isEmpty)
        bytecode.instructions.initialize(from: code, count: code.count)
        bytecode.constants.initialize(from: constants, count: constants.count)
        bytecode.numbers.initialize(from: numbers, count: numbers.count)
        bytecode.callShapes.initialize(from: callSites.map { CallShape(firstArgument: $0.firstArgument, count: $0.count, positional: $0.labels.isEmpty) }, count: callSites.count)
    }

    deinit {
        if sealed {
            bytecode.instructions.deinitialize(count: code.count)
            bytecode.constants.deinitialize(count: constants.count)
        }
        bytecode.deallocate()
    }
}

/// A sealed proto's code and frame layout as the VM runs it: plain pointers
/// and numbers, no references, so copying it costs no reference counting.
struct Bytecode {
    var instructions: UnsafeMutablePointer<Instruction>
    var constants: UnsafeMutablePointer<Value>
    /// Number literals used directly by fused instructions.
    var numbers: UnsafeMutablePointer<Double>
    /// Where each call site's arguments sit.
    var callShapes: UnsafeMutablePointer<CallShape>
    /// Registers a frame needs: locals, then temporaries.
    var registerCount: Int
    var parameterCount: Int
    var localCount: Int
    /// Whether a frame needs cells (some local is captured by a closure).
    var hasCells: Bool
    /// Whether the function captures variables, so that its frame needs the closure.
    var hasCaptures: Bool

    /// Empty buffers, until the proto is sealed.
    init() {
        instructions = .allocate(capacity: 0)
        constants = .allocate(capacity: 0)
        numbers = .allocate(capacity: 0)
        callShapes = .allocate(capacity: 0)
        registerCount = 0
        parameterCount = 0
        localCount = 0
        hasCells = false
        hasCaptures = false
    }

    init(instructions: UnsafeMutablePointer<Instruction>, constants: UnsafeMutablePointer<Value>, numbers: UnsafeMutablePointer<Double>, callShapes: UnsafeMutablePointer<CallShape>,
         registerCount: Int, parameterCount: Int, localCount: Int, hasCells: Bool, hasCaptures: Bool) {
        self.instructions = instructions
        self.constants = constants
        self.numbers = numbers
        self.callShapes = callShapes
        self.registerCount = registerCount
        self.parameterCount = parameterCount
        self.localCount = localCount
        self.hasCells = hasCells
        self.hasCaptures = hasCaptures
    }

    /// Frees the buffers (their items must be deinitialized first).
    func deallocate() {
        instructions.deallocate()
        constants.deallocate()
        numbers.deallocate()
        callShapes.deallocate()
    }
}

/// The part of a call site the VM's fast path needs: plain numbers, no references.
struct CallShape {
    var firstArgument: Reg
    var count: Int32
    var positional: Bool
}

/// Where a closure's captured variable is found when the closure is made.
enum CaptureSource: Sendable {
    /// A cell of the enclosing frame.
    case cell(Int32)
    /// A capture of the enclosing closure.
    case capture(Int32)
}
