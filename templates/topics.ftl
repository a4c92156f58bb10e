<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<@layout.page title="Topics" kind="index">
<h1>Topics</h1>
<p class="intro">What the questions are about, found from the words of each question and answer against all the others.</p>
<ul class="chips large">
<#list content.topics as t>
  <li><a href="${t.uri}">${t.label}</a> <span class="count">${t.count}</span></li>
</#list>
</ul>
</@layout.page>
