import SamregCore

// Before anything is written: write errors (a closed pipe, a full disk) come back as errors,
// and a signal removes the temporary files samreg is writing.
SafeFiles.prepareProcess()
Samreg.main()
