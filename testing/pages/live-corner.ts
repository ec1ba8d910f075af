/**
 * A corner of a page that keeps changing, as live pages do: a clock rewritten every
 * `clockMs` and a feed that gains an item (with mentions) every `feedMs` and keeps eight.
 * Markup and script to put before `</body>`; shared by the bench and the e2e tests.
 */
export function liveCorner({ clockMs = 100, feedMs = 500 } = {}): string {
  return `<div id="live" style="position:fixed;top:0;right:0;width:300px;background:#fff;z-index:9"><span id="clock"></span><div id="feed"></div></div><script>
let ticks=0;setInterval(()=>{document.getElementById('clock').textContent=new Date().toISOString()+' '+(ticks++)},${clockMs});
let items=0;setInterval(()=>{const feed=document.getElementById('feed');const p=document.createElement('p');p.textContent='Update '+(items++)+': Russian peacekeepers in Nagorno-Karabakh, the trilateral statement of 10 November 2020.';feed.prepend(p);if(feed.children.length>8)feed.lastElementChild.remove();},${feedMs});
</script>`;
}
