import Markdown from 'react-markdown';

// An article's body is Markdown written by the authority, shown as React elements: raw HTML in it is dropped
// (skipHtml), never parsed or injected, and react-markdown's default URL check removes javascript: and other
// unsafe links. Images are left out: an article must not make the reader's browser fetch from elsewhere.
export function ArticleBody({ body }: { body: string }) {
  return (
    <div className="weerbaar-article-body">
      <Markdown skipHtml disallowedElements={['img']} unwrapDisallowed>
        {body}
      </Markdown>
    </div>
  );
}
