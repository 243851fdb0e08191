x = "ééé"; break
