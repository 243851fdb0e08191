# -*- coding: utf-8 -*-
x = "éé" 1
