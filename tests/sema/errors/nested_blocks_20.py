for x in y:
    for x in y:
        for x in y:
            for x in y:
                for x in y:
                    for x in y:
                        for x in y:
                            for x in y:
                                for x in y:
                                    for x in y:
                                        for x in y:
                                            for x in y:
                                                for x in y:
                                                    for x in y:
                                                        for x in y:
                                                            for x in y:
                                                                for x in y:
                                                                    for x in y:
                                                                        for x in y:
                                                                            for x in y:
                                                                                break
break