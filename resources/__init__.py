"""The program's files that are not code: the Qt style sheet, the translations (.ts sources
and compiled .qm) and the sample import files.

The folder keeps its place at the top of the repository; pyproject.toml installs it as the
package ``ektp_desk.resources`` (in a wheel, in an editable install and in the PyInstaller
bundle alike), and ``ektp_desk.resource_files`` finds the files with ``importlib.resources``.
"""
