import Foundation
import SamregCore

// Before anything is written: write errors (a closed pipe, a full disk) come back as errors,
// and a signal removes the temporary files samreg is writing.
SafeFiles.prepareProcess()
if let complaint = CommandSuggestion.complaint(CommandLine.arguments) {
    printError(complaint)
    exit(ErrorWording.usageExitCode)
}
do {
    var command = try Samreg.parseAsRoot()
    try command.run()
} catch {
    exit(ErrorWording.report(error))
}
