print("sna")
