import Foundation
import SamregCore

// Before anything is written: write errors (a closed pipe, a full disk) come back as errors,
// and a signal removes the temporary files samreg is writing.
SafeFiles.prepareProcess()
if let complaint = CommandSuggestion.complaint(CommandLine.arguments) {
    FileHandle.standardError.write(Data("samreg: error: \(complaint)\n".utf8))
    exit(64)
}
Samreg.main()
