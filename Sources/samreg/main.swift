Samreg.main()
