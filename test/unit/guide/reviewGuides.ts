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
