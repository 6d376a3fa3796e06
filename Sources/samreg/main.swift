print("samreg")
