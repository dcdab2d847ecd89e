/**
 * The user's project before adoption: a shell tool and a Makefile whose `make dist` (the build SETUP keeps in
 * security-ci.yml) checks the sources and leaves exactly the released files in `dist/`.
 */
const MAKEFILE = [
  '.PHONY: dist',
  'dist:',
  '\tsh -n src/widget.sh',
  '\tmkdir -p dist',
  '\tcp src/widget.sh dist/widget.sh',
  '\ttar -czf dist/widget-src.tar.gz --sort=name --mtime=@0 --owner=0 --group=0 --numeric-owner src',
  '',
].join('\n');

export const WIDGET = '#!/bin/sh\necho "widget $1"\n';

/** The next version of the tool: a change a release ships. */
export const WIDGET_V2 = '#!/bin/sh\necho "widget 2 $1"\n';

/** A change that breaks the build: the shell syntax check of `make dist` fails. */
export const BROKEN_WIDGET = '#!/bin/sh\nif then fi\n';

export const PROJECT: Readonly<Record<string, string>> = {
  Makefile: MAKEFILE,
  'src/widget.sh': WIDGET,
  'README.md': '# widget\n',
};
