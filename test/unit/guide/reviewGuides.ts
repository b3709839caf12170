/** Guides of our own wording that more than one review suite reads (kept once). */

/** A Django app's guide: a quick start with config copying and migrations, then tests and linters. */
export const DJANGO = `# How to contribute

## Quick start

\`\`\`bash
git clone git@github.com:you/pollbox.git
cd pollbox
python -m venv venv && source venv/bin/activate
pip install -r requirements/dev.txt
cp .env.example .env
python manage.py migrate
python manage.py runserver
\`\`\`

Open http://localhost:8000 to check it works. To get an admin login:

\`\`\`bash
python manage.py createsuperuser
\`\`\`

## Tests

\`\`\`bash
python manage.py test
\`\`\`

Coverage: \`coverage run manage.py test && coverage report\`.

## Style

We use \`black\` and \`isort\`. Run \`make format\` to format, \`make lint\` to check.

## Workflow

1. Find or create an issue.
2. Create a branch named \`issue-<number>-<short-description>\`.
3. Make your change, with tests.
4. Open a pull request against \`dev\`, referencing the issue (\`Closes #123\`).

A maintainer will review it within a week or so.
`;

/** A Sphinx project's rST guide: a virtualenv, pytest of the package, a docs build among the coding guidelines, a toctree. */
export const SPHINX = `Contributing
============

Thank you for considering a contribution to *astrocalc*.

Getting the source
------------------

.. code-block:: bash

   git clone https://github.com/example/astrocalc.git
   cd astrocalc
   pip install -e .[test]

Running the test suite
----------------------

The tests use pytest::

   pytest astrocalc

Some tests need remote data and are skipped by default. To include them::

   pytest astrocalc --remote-data

Coding guidelines
-----------------

* Follow PEP 8.
* Public functions need numpydoc docstrings.
* Check the docs build with \`\`tox -e build_docs\`\`.

Pull requests
-------------

Please open pull requests against the \`\`main\`\` branch. Every pull request
that changes user-visible behaviour needs an entry in \`\`CHANGES.rst\`\`
under the next version.

.. note::

   If you are unsure whether a change is welcome, ask on the mailing list
   first.

.. toctree::
   :maxdepth: 1

   development/workflow
   development/docguide
`;
