from _app import main_logic
print(main_logic.run())
import _app.config
print(_app.config.settings)
